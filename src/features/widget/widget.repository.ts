// Reads and writes the widget needs before a conversation exists: inboxes by public key and
// contacts by visitor id. Everything after is scoped by the organizationId from the token.
import type { DbClient } from "@/server/db";

export function getInboxByPublicKey(db: DbClient, { publicKey }: { publicKey: string }) {
  return db.inbox.findUnique({
    where: { publicKey },
    include: { organization: { select: { settings: { select: { botName: true, leadCaptureAfterHours: true } } } } },
  });
}

export function getInbox(db: DbClient, { organizationId, inboxId }: { organizationId: string; inboxId: string }) {
  return db.inbox.findFirst({ where: { id: inboxId, organizationId } });
}

export function getContactByVisitorHash(db: DbClient, { organizationId, visitorIdHash }: { organizationId: string; visitorIdHash: string }) {
  return db.contact.findFirst({ where: { visitorIdHash, organizationId } });
}

export function insertVisitorContact(
  db: DbClient,
  data: { organizationId: string; visitorIdHash: string; language?: string; currentPage?: string },
) {
  return db.contact.create({ data: { ...data, lastSeenAt: new Date() } });
}

export function touchContact(
  db: DbClient,
  { organizationId, contactId, currentPage, language }: { organizationId: string; contactId: string; currentPage?: string; language?: string },
) {
  return db.contact.updateMany({
    where: { id: contactId, organizationId },
    data: { lastSeenAt: new Date(), ...(currentPage ? { currentPage } : {}), ...(language ? { language } : {}) },
  });
}

export function countOnlineAgents(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.member.count({ where: { organizationId, status: "ONLINE" } });
}

// Reads and writes the widget needs before a conversation exists: inboxes by public key and
// contacts by visitor id. Everything after is scoped by the organizationId from the token.
import type { ConversationStatus, Prisma } from "@/generated/prisma/client";
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

export function getContact(db: DbClient, { organizationId, contactId }: { organizationId: string; contactId: string }) {
  return db.contact.findFirst({ where: { id: contactId, organizationId } });
}

export async function isExternalIdTaken(db: DbClient, { organizationId, externalId, exceptContactId }: { organizationId: string; externalId: string; exceptContactId: string }) {
  return (await db.contact.count({ where: { organizationId, externalId, id: { not: exceptContactId } } })) > 0;
}

export function updateContactIdentity(
  db: DbClient,
  { organizationId, contactId, data }: { organizationId: string; contactId: string; data: { name?: string; email?: string; attributes: Record<string, unknown>; identityVerified: boolean; externalId?: string } },
) {
  return db.contact.updateMany({
    where: { id: contactId, organizationId },
    data: { ...data, attributes: data.attributes as Prisma.InputJsonValue },
  });
}

/** BOT -> LEAD_CAPTURE; a conversation a human has is left as it is. */
export function markLeadCapture(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.conversation.updateMany({ where: { id: conversationId, organizationId, status: "BOT" }, data: { status: "LEAD_CAPTURE" } });
}

/** The email of the last lead form sent in a conversation (capture-lead.ts stores it on the message). */
export async function getLeadEmail(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  const message = await db.message.findFirst({
    where: { organizationId, conversationId, role: "VISITOR", metadata: { path: ["lead", "email"], string_contains: "@" } },
    orderBy: { seq: "desc" },
    select: { metadata: true },
  });
  const email = (message?.metadata as { lead?: { email?: unknown } } | null)?.lead?.email;
  return typeof email === "string" ? email : null;
}

/**
 * The two reads before a visitor message is stored, in one statement (the send path's latency):
 * the id of a message this clientId already stored for the contact (a retry), and the contact's
 * open conversation in this inbox. Run after lockContact, so both are current.
 */
export async function findSendState(
  db: DbClient,
  { organizationId, contactId, inboxId, clientId }: { organizationId: string; contactId: string; inboxId: string; clientId: string },
) {
  const [row] = await db.$queryRaw<{ existingMessageId: string | null; conversationId: string | null; status: ConversationStatus | null }[]>`
    SELECT
      (SELECT m.id FROM "Message" m JOIN "Conversation" mc ON mc.id = m."conversationId"
        WHERE m."organizationId" = ${organizationId} AND m."clientId" = ${clientId} AND m.role = 'VISITOR' AND mc."contactId" = ${contactId} LIMIT 1) AS "existingMessageId",
      open.id AS "conversationId", open.status::text AS status
    FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (
      SELECT id, status FROM "Conversation"
      WHERE "organizationId" = ${organizationId} AND "contactId" = ${contactId} AND "inboxId" = ${inboxId} AND status <> 'RESOLVED'
      ORDER BY "createdAt" DESC LIMIT 1
    ) AS open ON true`;
  return {
    existingMessageId: row?.existingMessageId ?? null,
    openConversation: row?.conversationId ? { id: row.conversationId, status: row.status! } : null,
  };
}

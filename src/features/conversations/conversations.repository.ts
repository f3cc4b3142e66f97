// Conversations and their messages. Message order comes from Conversation.lastSeq: appending a
// message increments it in a conditional UPDATE, which both hands out the next seq and holds the
// row lock until the transaction commits, so concurrent appends serialise and a status change
// (handoff, claim) can never interleave with a bot write that was not allowed.
import type { ConversationStatus, MessageRole, MessageSource, Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";

export interface NewMessage {
  role: MessageRole;
  source: MessageSource;
  body: string;
  clientId?: string;
  externalId?: string;
  authorId?: string;
  authorName?: string;
  botConfidence?: number;
  metadata?: Prisma.InputJsonValue;
}

/** Serialises work on one contact's conversations (e.g. two tabs sending at once). */
export async function lockContact(tx: DbClient, { contactId }: { contactId: string }) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${contactId}))`;
}

export function getOpenConversation(db: DbClient, { organizationId, contactId, inboxId }: { organizationId: string; contactId: string; inboxId: string }) {
  return db.conversation.findFirst({
    where: { organizationId, contactId, inboxId, status: { not: "RESOLVED" } },
    orderBy: { createdAt: "desc" },
  });
}

export function getLatestConversation(db: DbClient, { organizationId, contactId, inboxId }: { organizationId: string; contactId: string; inboxId: string }) {
  return db.conversation.findFirst({ where: { organizationId, contactId, inboxId }, orderBy: { createdAt: "desc" } });
}

export function getConversation(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.conversation.findFirst({ where: { id: conversationId, organizationId } });
}

export function insertConversation(
  db: DbClient,
  data: { organizationId: string; inboxId: string; contactId: string; language?: string; currentPage?: string },
) {
  return db.conversation.create({ data });
}

export function updateConversationPage(db: DbClient, { organizationId, conversationId, currentPage }: { organizationId: string; conversationId: string; currentPage: string }) {
  return db.conversation.updateMany({ where: { id: conversationId, organizationId }, data: { currentPage } });
}

/**
 * Appends a message with the next seq. With `onlyIfStatus`, nothing is written unless the
 * conversation is in one of those statuses at the moment of the write; returns null then.
 */
export async function appendMessage(
  tx: DbClient,
  { organizationId, conversationId, message, onlyIfStatus }: { organizationId: string; conversationId: string; message: NewMessage; onlyIfStatus?: ConversationStatus[] },
) {
  const [updated] = await tx.conversation.updateManyAndReturn({
    where: { id: conversationId, organizationId, ...(onlyIfStatus ? { status: { in: onlyIfStatus } } : {}) },
    data: { lastSeq: { increment: 1 }, lastMessageAt: new Date() },
    select: { lastSeq: true },
  });
  if (!updated) return null;
  return tx.message.create({ data: { organizationId, conversationId, seq: updated.lastSeq, ...message } });
}

export function getVisitorMessageByClientId(db: DbClient, { organizationId, contactId, clientId }: { organizationId: string; contactId: string; clientId: string }) {
  return db.message.findFirst({ where: { organizationId, clientId, role: "VISITOR", conversation: { contactId } } });
}

/** Messages the visitor may see (never internal notes), after a seq, oldest first. */
export function findVisibleMessagesAfter(
  db: DbClient,
  { organizationId, conversationId, afterSeq, take }: { organizationId: string; conversationId: string; afterSeq: number; take: number },
) {
  return db.message.findMany({
    where: { organizationId, conversationId, seq: { gt: afterSeq }, role: { not: "NOTE" } },
    orderBy: { seq: "asc" },
    take,
    include: { author: { select: { name: true, image: true } } },
  });
}

export function findRecentMessages(db: DbClient, { organizationId, conversationId, take }: { organizationId: string; conversationId: string; take: number }) {
  return db.message.findMany({ where: { organizationId, conversationId }, orderBy: { seq: "desc" }, take }).then((rows) => rows.reverse());
}

export function getMessage(db: DbClient, { organizationId, messageId }: { organizationId: string; messageId: string }) {
  return db.message.findFirst({ where: { id: messageId, organizationId }, include: { conversation: { include: { contact: { select: { language: true } } } } } });
}

const CONVERSATION_SUMMARY = {
  contact: { select: { id: true, name: true, email: true } },
  assignee: { select: { name: true } },
} as const;

export function findConversations(
  db: DbClient,
  { organizationId, status, take, before }: { organizationId: string; status?: ConversationStatus; take: number; before?: Date },
) {
  return db.conversation.findMany({
    where: { organizationId, ...(status ? { status } : {}), ...(before ? { lastMessageAt: { lt: before } } : {}) },
    orderBy: { lastMessageAt: "desc" },
    take,
    include: CONVERSATION_SUMMARY,
  });
}

export function getConversationSummary(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.conversation.findFirst({ where: { id: conversationId, organizationId }, include: CONVERSATION_SUMMARY });
}

/** Every message after a seq, notes included: for the business's own tools, never for visitors. */
export function findAllMessagesAfter(db: DbClient, { organizationId, conversationId, afterSeq, take }: { organizationId: string; conversationId: string; afterSeq: number; take: number }) {
  return db.message.findMany({
    where: { organizationId, conversationId, seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    take,
    include: { author: { select: { name: true, image: true } } },
  });
}

export function getMessageByExternalId(db: DbClient, { organizationId, source, externalId }: { organizationId: string; source: MessageSource; externalId: string }) {
  return db.message.findFirst({ where: { organizationId, source, externalId } });
}

/** A human replied: the bot steps out (BOT/QUEUED -> ASSIGNED), in the same transaction as the reply. */
export function takeFromBot(db: DbClient, { organizationId, conversationId, assigneeId }: { organizationId: string; conversationId: string; assigneeId?: string | null }) {
  return db.conversation.updateMany({
    where: { id: conversationId, organizationId, status: { in: ["BOT", "QUEUED", "LEAD_CAPTURE"] } },
    data: { status: "ASSIGNED", assignedAt: new Date(), ...(assigneeId ? { assigneeId } : {}) },
  });
}

// What Baton sent to Slack and what came back: threads, delivery rows (claimed before the call,
// the vendor's ts stored after), inbound dedupe. Tenant-scoped except the thread lookup by Slack
// ids, which is how an incoming Slack event finds its workspace.
import type { DbClient } from "@/server/db";

// ---------------------------------------------------------------- threads

export function upsertThread(db: DbClient, data: { organizationId: string; conversationId: string; slackTeamId: string; channelId: string; threadTs: string }) {
  const { slackTeamId, channelId, threadTs } = data;
  return db.slackThread.upsert({ where: { slackTeamId_channelId_threadTs: { slackTeamId, channelId, threadTs } }, create: data, update: {} });
}

/** The thread a Slack event happened in: the only way such an event names a Baton workspace. */
export function findThreadBySlackIds(db: DbClient, { slackTeamId, channelId, threadTs }: { slackTeamId: string; channelId: string; threadTs: string }) {
  return db.slackThread.findUnique({ where: { slackTeamId_channelId_threadTs: { slackTeamId, channelId, threadTs } } });
}

export function getThread(db: DbClient, { organizationId, threadId }: { organizationId: string; threadId: string }) {
  return db.slackThread.findFirst({ where: { id: threadId, organizationId } });
}

/** The conversation's current thread (a new escalation starts a new one). */
export function findLatestThread(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.slackThread.findFirst({ where: { organizationId, conversationId }, orderBy: { createdAt: "desc" } });
}

// ---------------------------------------------------------------- handoff deliveries (parent messages)

export function getHandoffForSlack(db: DbClient, { organizationId, handoffId }: { organizationId: string; handoffId: string }) {
  return db.handoff.findFirst({ where: { id: handoffId, organizationId }, select: { id: true, teamId: true, conversationId: true, status: true } });
}

/** Claims the delivery row before any call: a retried event finds it and sends nothing twice. */
export function upsertHandoffDelivery(db: DbClient, { organizationId, handoffId, target, status = "PENDING", lastError }: { organizationId: string; handoffId: string; target: string; status?: "PENDING" | "FAILED"; lastError?: string }) {
  return db.handoffDelivery.upsert({
    where: { handoffId_channel_target: { handoffId, channel: "SLACK", target } },
    create: { organizationId, handoffId, channel: "SLACK", target, status, lastError },
    update: {},
  });
}

/** A new handoff's delivery row, written in the handoff's own transaction (nothing can race it there). */
export function createHandoffDelivery(db: DbClient, { organizationId, handoffId, target }: { organizationId: string; handoffId: string; target: string }) {
  return db.handoffDelivery.create({ data: { organizationId, handoffId, channel: "SLACK", target, status: "PENDING" }, select: { id: true } });
}

export function getHandoffDelivery(db: DbClient, { organizationId, deliveryId }: { organizationId: string; deliveryId: string }) {
  return db.handoffDelivery.findFirst({
    where: { id: deliveryId, organizationId, channel: "SLACK" },
    include: {
      handoff: {
        include: {
          claimedBy: { select: { name: true } },
          conversation: { select: { id: true, status: true, lastSeq: true, resolvedAt: true, assignee: { select: { name: true } }, contact: { select: { name: true, email: true } } } },
        },
      },
    },
  });
}

export function recordDeliveryAttempt(db: DbClient, { organizationId, deliveryId, lastError, failed }: { organizationId: string; deliveryId: string; lastError: string; failed: boolean }) {
  return db.handoffDelivery.updateMany({ where: { id: deliveryId, organizationId, status: "PENDING" }, data: { attempts: { increment: 1 }, lastError, ...(failed ? { status: "FAILED" } : {}) } });
}

export function markDeliverySent(db: DbClient, { organizationId, deliveryId, externalId }: { organizationId: string; deliveryId: string; externalId: string }) {
  return db.handoffDelivery.updateMany({ where: { id: deliveryId, organizationId }, data: { status: "SENT", externalId, attempts: { increment: 1 }, lastError: null } });
}

/** The parent messages of the conversation's latest handoff that reached Slack. */
export async function findSentParents(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  const handoff = await db.handoff.findFirst({ where: { organizationId, conversationId }, orderBy: { createdAt: "desc" }, select: { id: true } });
  if (!handoff) return [];
  return db.handoffDelivery.findMany({ where: { organizationId, handoffId: handoff.id, channel: "SLACK", status: "SENT" }, select: { id: true } });
}

// ---------------------------------------------------------------- message deliveries (thread posts)

export const threadTarget = (thread: { channelId: string; threadTs: string }) => `${thread.channelId}/${thread.threadTs}`;

export function insertPendingMessageDelivery(db: DbClient, { organizationId, messageId, target }: { organizationId: string; messageId: string; target: string }) {
  return db.messageDelivery.createMany({ data: [{ organizationId, messageId, channel: "SLACK", target }], skipDuplicates: true });
}

/** How far the thread is mirrored: the highest seq already posted to it. */
export async function lastMirroredSeq(db: DbClient, { organizationId, target }: { organizationId: string; target: string }) {
  const row = await db.messageDelivery.findFirst({
    where: { organizationId, channel: "SLACK", target, status: "SENT" },
    orderBy: { message: { seq: "desc" } },
    select: { message: { select: { seq: true } } },
  });
  return row?.message.seq ?? 0;
}

export async function markMessagesSent(db: DbClient, { organizationId, target, messageIds, externalId }: { organizationId: string; target: string; messageIds: string[]; externalId: string }) {
  await db.messageDelivery.createMany({ data: messageIds.map((messageId) => ({ organizationId, messageId, channel: "SLACK" as const, target })), skipDuplicates: true });
  await db.messageDelivery.updateMany({ where: { organizationId, channel: "SLACK", target, messageId: { in: messageIds } }, data: { status: "SENT", externalId, attempts: { increment: 1 }, lastError: null } });
}

/** A failed flush: pending rows count the attempt; they fail for good when refused or out of tries. */
export async function recordMessageAttempt(db: DbClient, { organizationId, target, lastError, failed, maxAttempts }: { organizationId: string; target: string; lastError: string; failed: boolean; maxAttempts: number }) {
  const where = { organizationId, channel: "SLACK" as const, target, status: "PENDING" as const };
  await db.messageDelivery.updateMany({ where, data: { attempts: { increment: 1 }, lastError, ...(failed ? { status: "FAILED" } : {}) } });
  await db.messageDelivery.updateMany({ where: { ...where, attempts: { gte: maxAttempts } }, data: { status: "FAILED" } });
}

/** Messages worth mirroring, after a seq: not system lines, and not what came from Slack itself. */
export function findMessagesToMirror(db: DbClient, { organizationId, conversationId, afterSeq, take }: { organizationId: string; conversationId: string; afterSeq: number; take: number }) {
  return db.message.findMany({
    where: { organizationId, conversationId, seq: { gt: afterSeq }, role: { in: ["VISITOR", "BOT", "AGENT", "NOTE"] }, source: { not: "SLACK" } },
    orderBy: { seq: "asc" },
    take,
    select: { id: true, seq: true, role: true, source: true, body: true, authorName: true, author: { select: { name: true } }, conversation: { select: { contact: { select: { name: true } } } } },
  });
}

export function countMessagesToMirror(db: DbClient, { organizationId, conversationId, afterSeq }: { organizationId: string; conversationId: string; afterSeq: number }) {
  return db.message.count({ where: { organizationId, conversationId, seq: { gt: afterSeq }, role: { in: ["VISITOR", "BOT", "AGENT", "NOTE"] }, source: { not: "SLACK" } } });
}

export function getMessageSummary(db: DbClient, { organizationId, messageId }: { organizationId: string; messageId: string }) {
  return db.message.findFirst({ where: { id: messageId, organizationId }, select: { id: true, role: true, source: true, conversationId: true } });
}

export function findLastConversationMessages(db: DbClient, { organizationId, conversationId, take }: { organizationId: string; conversationId: string; take: number }) {
  return db.message
    .findMany({ where: { organizationId, conversationId, role: { in: ["VISITOR", "BOT", "AGENT"] } }, orderBy: { seq: "desc" }, take, select: { role: true, body: true } })
    .then((rows) => rows.reverse());
}

// ---------------------------------------------------------------- inbound

/** Records a Slack event id; false when it was already processed (a redelivery). */
export async function recordInboundEvent(db: DbClient, { externalId }: { externalId: string }) {
  const { count } = await db.inboundEvent.createMany({ data: [{ source: "slack", externalId }], skipDuplicates: true });
  return count === 1;
}

export function findPendingDraft(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.botDraft.findFirst({ where: { organizationId, conversationId, status: "PENDING" }, orderBy: { createdAt: "desc" }, select: { id: true } });
}

export function getDraftForSlack(db: DbClient, { organizationId, draftId }: { organizationId: string; draftId: string }) {
  return db.botDraft.findFirst({ where: { id: draftId, organizationId }, select: { id: true, body: true, status: true, conversationId: true, decidedBy: { select: { name: true } }, conversation: { select: { teamId: true } } } });
}

// Outbound WhatsApp deliveries: one MessageDelivery per message and number (the visitor, or the
// agent a visitor's message is relayed to) and one HandoffDelivery per alerted agent. A row is
// created before anything is sent (unique per message/handoff and target), so a retried event or
// job finds it instead of sending twice; the wamid Meta returns is stored on it for the statuses.
import type { DeliveryStatus } from "@/generated/prisma/client";

export type { DeliveryStatus };
import type { DbClient } from "@/server/db";

const OUTBOUND_ROLES = ["BOT", "AGENT", "SYSTEM"] as const;

export function getConversationForChannel(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.conversation.findFirst({
    where: { id: conversationId, organizationId },
    select: {
      id: true,
      status: true,
      inboxId: true,
      resolvedAt: true,
      inbox: { select: { channel: true } },
      contact: { select: { id: true, waId: true, name: true, phone: true, email: true } },
      assignee: { select: { id: true, name: true, whatsappNumber: true } },
      handoffs: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true, status: true, claimedVia: true, claimedById: true, teamId: true } },
    },
  });
}

/**
 * Bot, agent and system lines of a conversation not yet handed to this number, after the last one
 * that was: WhatsApp visitors get the queue and "joined" lines too, which are not message events.
 */
export async function findUndeliveredOutbound(db: DbClient, { organizationId, conversationId, target }: { organizationId: string; conversationId: string; target: string }) {
  const last = await db.message.findFirst({
    where: { organizationId, conversationId, deliveries: { some: { channel: "WHATSAPP", target } } },
    orderBy: { seq: "desc" },
    select: { seq: true },
  });
  return db.message.findMany({
    where: { organizationId, conversationId, seq: { gt: last?.seq ?? 0 }, role: { in: [...OUTBOUND_ROLES] }, deliveries: { none: { channel: "WHATSAPP", target } } },
    orderBy: { seq: "asc" },
    take: 50,
    select: { id: true },
  });
}

/** Delivery rows for these messages to one number; `trackOnMessage` shows the status on the message itself. */
export async function insertMessageDeliveries(
  db: DbClient,
  { organizationId, messageIds, target, trackOnMessage }: { organizationId: string; messageIds: string[]; target: string; trackOnMessage: boolean },
) {
  if (messageIds.length === 0) return;
  await db.messageDelivery.createMany({ data: messageIds.map((messageId) => ({ organizationId, messageId, channel: "WHATSAPP" as const, target })), skipDuplicates: true });
  if (trackOnMessage) await db.message.updateMany({ where: { organizationId, id: { in: messageIds }, deliveryStatus: null }, data: { deliveryStatus: "PENDING" } });
}

export async function insertHandoffDeliveries(db: DbClient, { organizationId, handoffId, targets }: { organizationId: string; handoffId: string; targets: string[] }) {
  if (targets.length === 0) return;
  await db.handoffDelivery.createMany({ data: targets.map((target) => ({ organizationId, handoffId, channel: "WHATSAPP" as const, target })), skipDuplicates: true });
}

export function findHandoffDeliveries(db: DbClient, { organizationId, handoffId }: { organizationId: string; handoffId: string }) {
  return db.handoffDelivery.findMany({ where: { organizationId, handoffId, channel: "WHATSAPP" }, select: { id: true, target: true, status: true } });
}

export type PendingDelivery = { kind: "message" | "handoff"; id: string };

/** The oldest delivery still waiting for this number: sends to one recipient go strictly in order. */
export async function findNextPending(db: DbClient, { organizationId, target }: { organizationId: string; target: string }): Promise<PendingDelivery | null> {
  const [message, handoff] = await Promise.all([
    db.messageDelivery.findFirst({
      where: { organizationId, channel: "WHATSAPP", target, status: "PENDING" },
      orderBy: [{ createdAt: "asc" }, { message: { seq: "asc" } }],
      select: { id: true, createdAt: true },
    }),
    db.handoffDelivery.findFirst({ where: { organizationId, channel: "WHATSAPP", target, status: "PENDING" }, orderBy: { createdAt: "asc" }, select: { id: true, createdAt: true } }),
  ]);
  if (message && (!handoff || message.createdAt <= handoff.createdAt)) return { kind: "message", id: message.id };
  return handoff ? { kind: "handoff", id: handoff.id } : null;
}

export function getMessageDeliveryForSend(db: DbClient, { organizationId, id }: { organizationId: string; id: string }) {
  return db.messageDelivery.findFirst({
    where: { id, organizationId },
    include: {
      message: {
        select: {
          id: true,
          role: true,
          source: true,
          body: true,
          authorName: true,
          metadata: true,
          conversation: { select: { id: true, inboxId: true, contact: { select: { waId: true, name: true, phone: true, lastInboundAt: true } } } },
        },
      },
    },
  });
}

export function getHandoffDeliveryForSend(db: DbClient, { organizationId, id }: { organizationId: string; id: string }) {
  return db.handoffDelivery.findFirst({
    where: { id, organizationId },
    include: {
      handoff: {
        select: { id: true, status: true, brief: true, reasons: true, conversation: { select: { id: true, inboxId: true, contact: { select: { name: true, phone: true, email: true } } } } },
      },
    },
  });
}

type Kind = PendingDelivery["kind"];

/** The same update on either delivery table (their columns match). */
function updateDelivery(db: DbClient, kind: Kind, { id, organizationId, status, data }: { id: string; organizationId: string; status?: DeliveryStatus[]; data: { status?: DeliveryStatus; externalId?: string; lastError?: string | null; attempts?: { increment: number } } }) {
  const where = { id, organizationId, ...(status ? { status: { in: status } } : {}) };
  return kind === "message" ? db.messageDelivery.updateMany({ where, data }) : db.handoffDelivery.updateMany({ where, data });
}

/** Counts one more try before the vendor call; the count bounds retries of one delivery. */
export async function countAttempt(db: DbClient, { organizationId, kind, id }: { organizationId: string; kind: Kind; id: string }) {
  await updateDelivery(db, kind, { id, organizationId, data: { attempts: { increment: 1 } } });
  const row = kind === "message" ? await db.messageDelivery.findFirst({ where: { id, organizationId }, select: { attempts: true } }) : await db.handoffDelivery.findFirst({ where: { id, organizationId }, select: { attempts: true } });
  return row?.attempts ?? 0;
}

export async function markDeliverySent(
  db: DbClient,
  { organizationId, kind, id, wamid, messageId }: { organizationId: string; kind: Kind; id: string; wamid: string; messageId?: string },
) {
  await updateDelivery(db, kind, { id, organizationId, status: ["PENDING"], data: { status: "SENT", externalId: wamid, lastError: null } });
  if (messageId) await db.message.updateMany({ where: { id: messageId, organizationId, deliveryStatus: { in: ["PENDING", "FAILED"] } }, data: { deliveryStatus: "SENT" } });
}

/** A delivery that will not happen; on the visitor's message the error is kept for the inbox to show. */
export async function markDeliveryFailed(
  db: DbClient,
  { organizationId, kind, id, error, messageId }: { organizationId: string; kind: Kind; id: string; error: { code: number | null; message: string }; messageId?: string },
) {
  await updateDelivery(db, kind, { id, organizationId, status: ["PENDING", "SENT", "DELIVERED"], data: { status: "FAILED", lastError: error.message.slice(0, 500) } });
  if (messageId) await markMessageFailed(db, { organizationId, messageId, error });
}

async function markMessageFailed(db: DbClient, { organizationId, messageId, error }: { organizationId: string; messageId: string; error: { code: number | null; message: string } }) {
  const detail = JSON.stringify({ whatsappError: { code: error.code, message: error.message.slice(0, 500) } });
  await db.$executeRaw`
    UPDATE "Message" SET "deliveryStatus" = 'FAILED'::"DeliveryStatus", "metadata" = COALESCE("metadata", '{}'::jsonb) || ${detail}::jsonb
    WHERE "id" = ${messageId} AND "organizationId" = ${organizationId} AND ("deliveryStatus" IS NULL OR "deliveryStatus" <> 'READ'::"DeliveryStatus")`;
}

// A status only moves forward (Meta may deliver "delivered" before "sent"); failed can follow any but read.
const EARLIER: Record<DeliveryStatus, DeliveryStatus[]> = {
  PENDING: [],
  SENT: ["PENDING"],
  DELIVERED: ["PENDING", "SENT"],
  READ: ["PENDING", "SENT", "DELIVERED"],
  FAILED: ["PENDING", "SENT", "DELIVERED"],
};

/** Applies a status webhook to whatever was sent with this wamid; returns how many rows changed. */
export async function applyDeliveryStatus(
  db: DbClient,
  { organizationId, wamid, status, error }: { organizationId: string; wamid: string; status: DeliveryStatus; error: { code: number | null; message: string } | null },
) {
  const where = { organizationId, channel: "WHATSAPP" as const, externalId: wamid, status: { in: EARLIER[status] } };
  const data = { status, ...(error ? { lastError: error.message.slice(0, 500) } : {}) };
  const relay = await db.messageDelivery.findFirst({ where: { organizationId, channel: "WHATSAPP", externalId: wamid }, select: { messageId: true, message: { select: { role: true } } } });
  const [messages, handoffs] = await Promise.all([db.messageDelivery.updateMany({ where, data }), db.handoffDelivery.updateMany({ where, data })]);
  // The message's own status follows its delivery to the visitor, not a relay of a visitor's words.
  const tracked = relay && relay.message.role !== "VISITOR" && messages.count > 0 ? relay.messageId : null;
  if (tracked && status === "FAILED") await markMessageFailed(db, { organizationId, messageId: tracked, error: error ?? { code: null, message: "Not delivered" } });
  else if (tracked) await db.message.updateMany({ where: { id: tracked, organizationId, deliveryStatus: { in: EARLIER[status] } }, data: { deliveryStatus: status } });
  return { changed: messages.count + handoffs.count, trackedMessageId: tracked };
}

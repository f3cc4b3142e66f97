// What the inbound side needs beyond the shared conversation repository: WhatsApp contacts and
// their 24-hour window, webhook dedupe, and finding the conversation an agent's message is for.
import type { DbClient } from "@/server/db";

/** Finds or creates the contact for a WhatsApp id, keeping the last inbound time (the window) current. */
export async function upsertWhatsAppContact(
  db: DbClient,
  { organizationId, waId, name, at }: { organizationId: string; waId: string; name: string | null; at: Date },
) {
  const contact = await db.contact.upsert({
    where: { organizationId_waId: { organizationId, waId } },
    create: { organizationId, waId, name, phone: `+${waId}`, lastInboundAt: at, lastSeenAt: at },
    update: {},
  });
  // Webhooks can arrive out of order: the window only ever moves forward.
  await db.contact.updateMany({
    where: { id: contact.id, organizationId, OR: [{ lastInboundAt: null }, { lastInboundAt: { lt: at } }] },
    data: { lastInboundAt: at, lastSeenAt: at },
  });
  if (!contact.name && name) await db.contact.updateMany({ where: { id: contact.id, organizationId, name: null }, data: { name } });
  return contact;
}

/** Records a webhook delivery; false when it was processed before (a redelivery). */
export async function recordInboundEvent(db: DbClient, { externalId }: { externalId: string }) {
  const { count } = await db.inboundEvent.createMany({ data: [{ source: "whatsapp", externalId }], skipDuplicates: true });
  return count === 1;
}

/** The conversation that a business message (by wamid) belonged to: an alert, a relay or a reply. */
export async function findConversationByOutboundWamid(db: DbClient, { organizationId, wamid }: { organizationId: string; wamid: string }) {
  const [relay, alert] = await Promise.all([
    db.messageDelivery.findFirst({ where: { organizationId, channel: "WHATSAPP", externalId: wamid }, select: { message: { select: { conversationId: true } } } }),
    db.handoffDelivery.findFirst({ where: { organizationId, channel: "WHATSAPP", externalId: wamid }, select: { handoff: { select: { conversationId: true } } } }),
  ]);
  return relay?.message.conversationId ?? alert?.handoff.conversationId ?? null;
}

/** Open conversations this agent claimed from WhatsApp, the latest claim first. */
export function findConsoleConversations(db: DbClient, { organizationId, userId }: { organizationId: string; userId: string }) {
  return db.conversation.findMany({
    where: { organizationId, status: "ASSIGNED", assigneeId: userId, handoffs: { some: { status: "CLAIMED", claimedById: userId, claimedVia: "whatsapp" } } },
    orderBy: { assignedAt: "desc" },
    select: { id: true, contactId: true, inboxId: true },
  });
}

export function getHandoffForClaim(db: DbClient, { organizationId, handoffId }: { organizationId: string; handoffId: string }) {
  return db.handoff.findFirst({ where: { id: handoffId, organizationId }, select: { id: true, conversationId: true, status: true } });
}

/** What the 24-hour window of a conversation depends on: its channel, the contact's last message, the template. */
export function getWindowFacts(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  return db.conversation.findFirst({
    where: { id: conversationId, organizationId },
    select: {
      inbox: { select: { channel: true, whatsappAccounts: { orderBy: { createdAt: "asc" }, take: 1, select: { followUpTemplate: true } } } },
      contact: { select: { waId: true, lastInboundAt: true } },
    },
  });
}

// WhatsApp's reaction to conversation events (registered in src/jobs/conversation-event-handlers.ts).
// It only writes delivery rows and queues sends on the "whatsapp" queue, so it is quick, and it is
// safe to run twice: rows are unique per message/handoff and number, job ids are deterministic.
// - WhatsApp conversations: every bot, agent and system line not yet sent goes to the visitor.
// - Escalations: on-call agents' phones get the alert template (Claim / Pass); widened at level 1.
// - Claimed from WhatsApp: the visitor's messages are relayed to that agent until resolve, and the
//   agent (and the colleagues who were alerted) hear who has it.
import type { ConversationEvent } from "@/features/integrations/conversation-event.schema";
import { getMessage } from "@/features/conversations/conversations.repository";
import { enqueue } from "@/jobs/enqueue";
import { db } from "@/server/db";
import { getConsoleAccount, getAccountForInbox } from "./accounts.repository";
import { findHandoffDeliveries, findUndeliveredOutbound, getConversationForChannel, insertHandoffDeliveries, insertMessageDeliveries } from "./deliveries.repository";
import { findOnCallNumbers } from "./on-call";
import type { NoticeKind } from "./notice-kinds";

type Conversation = NonNullable<Awaited<ReturnType<typeof getConversationForChannel>>>;

export async function handleWhatsAppConversationEvent(event: ConversationEvent) {
  const { organizationId, conversationId } = event;
  const conversation = await getConversationForChannel(db, { organizationId, conversationId });
  if (!conversation) return { handled: false };
  const isWhatsApp = conversation.inbox.channel === "WHATSAPP" && conversation.contact.waId !== null;
  // Nothing to do for a workspace without a number (most widget-only workspaces): one cheap query.
  const account = isWhatsApp ? await getAccountForInbox(db, { organizationId, inboxId: conversation.inboxId }) : await getConsoleAccount(db, { organizationId });
  if (!account) return { handled: false };

  if (isWhatsApp) await deliverToVisitor(organizationId, conversation);
  switch (event.type) {
    case "handoff.requested":
      if (event.status === "QUEUED") await alertAgents(organizationId, conversation, event.handoffId, false);
      break;
    case "handoff.escalated":
      if (event.level === 1) await alertAgents(organizationId, conversation, event.handoffId, true);
      break;
    case "message.created":
      await relayToConsoleAgent(organizationId, conversation, event.messageId);
      break;
    case "conversation.claimed":
      await announceClaim(organizationId, conversation, event.userId, event.via);
      break;
    case "conversation.resolved":
      await announceResolve(organizationId, conversation);
      break;
  }
  return { handled: true };
}

async function deliverToVisitor(organizationId: string, conversation: Conversation) {
  const target = conversation.contact.waId!;
  const pending = await findUndeliveredOutbound(db, { organizationId, conversationId: conversation.id, target });
  if (pending.length === 0) return;
  await insertMessageDeliveries(db, { organizationId, messageIds: pending.map((row) => row.id), target, trackOnMessage: true });
  await queueDeliver(organizationId, target, pending[pending.length - 1]!.id);
}

async function alertAgents(organizationId: string, conversation: Conversation, handoffId: string, widen: boolean) {
  const handoff = conversation.handoffs[0];
  if (!handoff || handoff.id !== handoffId || handoff.status !== "OPEN") return;
  const targets = (await findOnCallNumbers({ organizationId, teamId: widen ? null : handoff.teamId })).filter((number) => number !== conversation.contact.waId);
  await insertHandoffDeliveries(db, { organizationId, handoffId, targets });
  for (const target of targets) await queueDeliver(organizationId, target, `${handoffId}-${target}`);
}

async function relayToConsoleAgent(organizationId: string, conversation: Conversation, messageId: string) {
  const agentNumber = consoleAgentNumber(conversation);
  if (!agentNumber) return;
  const message = await getMessage(db, { organizationId, messageId });
  if (message?.role !== "VISITOR") return;
  await insertMessageDeliveries(db, { organizationId, messageIds: [messageId], target: agentNumber, trackOnMessage: false });
  await queueDeliver(organizationId, agentNumber, messageId);
}

/** The number of the agent who claimed this conversation from WhatsApp and still has it. */
function consoleAgentNumber(conversation: Conversation): string | null {
  const handoff = conversation.handoffs[0];
  const assignee = conversation.assignee;
  if (conversation.status !== "ASSIGNED" || !assignee?.whatsappNumber || handoff?.status !== "CLAIMED") return null;
  return handoff.claimedVia === "whatsapp" && handoff.claimedById === assignee.id ? assignee.whatsappNumber : null;
}

async function announceClaim(organizationId: string, conversation: Conversation, userId: string, via: string) {
  const handoff = conversation.handoffs[0];
  const claimerNumber = conversation.assignee?.id === userId ? conversation.assignee.whatsappNumber : null;
  if (via === "whatsapp" && claimerNumber) await queueNotice(organizationId, claimerNumber, "claimed", conversation.id, handoff?.id ?? "none");
  if (!handoff) return;
  const alerted = await findHandoffDeliveries(db, { organizationId, handoffId: handoff.id });
  for (const delivery of alerted) {
    if (delivery.target === claimerNumber || delivery.status === "PENDING" || delivery.status === "FAILED") continue;
    await queueNotice(organizationId, delivery.target, "taken", conversation.id, handoff.id);
  }
}

async function announceResolve(organizationId: string, conversation: Conversation) {
  const handoff = conversation.handoffs[0];
  const assignee = conversation.assignee;
  if (!handoff || handoff.claimedVia !== "whatsapp" || !assignee?.whatsappNumber || handoff.claimedById !== assignee.id) return;
  await queueNotice(organizationId, assignee.whatsappNumber, "resolved", conversation.id, `${handoff.id}-${conversation.resolvedAt?.getTime() ?? 0}`);
}

// Job ids are deterministic (no ":" allowed by BullMQ), so a retried event queues nothing new.
function queueDeliver(organizationId: string, target: string, key: string) {
  return enqueue("whatsapp.deliver", { organizationId, target }, { jobId: `wa-deliver-${organizationId}-${target}-${key}` });
}

export function queueNotice(organizationId: string, target: string, kind: NoticeKind, conversationId: string | undefined, key: string) {
  return enqueue("whatsapp.notice", { organizationId, target, kind, conversationId }, { jobId: `wa-notice-${kind}-${target}-${key}` });
}

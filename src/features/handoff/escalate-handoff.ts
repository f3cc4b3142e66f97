import { appendMessage } from "@/features/conversations/conversations.repository";
import { toMessageDto } from "@/features/conversations/message.dto";
import { publishConversation } from "@/features/inbox/publish-conversation";
import { emitConversationEvent } from "@/features/integrations/conversation-events";
import { botPhrase } from "@/lib/bot-phrases";
import { db } from "@/server/db";
import { publishToVisitor, publishToWorkspace } from "@/server/publish";
import { getHandoffWithConversation, raiseEscalationLevel, toLeadCapture } from "./handoff.repository";

/**
 * The escalation ladder, run as a delayed job. Level 1: still unclaimed, so every agent (not only
 * the routed team) is alerted again. Level 2: still unclaimed, so the visitor is told honestly that
 * nobody is free and asked for their details (lead capture). A claim in between stops both.
 */
export async function escalateHandoff({ organizationId, handoffId, level }: { organizationId: string; handoffId: string; level: 1 | 2 }) {
  const handoff = await getHandoffWithConversation(db, { organizationId, handoffId });
  if (!handoff || handoff.status !== "OPEN" || handoff.conversation.status !== "QUEUED") return { escalated: false };
  if (level === 1) {
    const { count } = await raiseEscalationLevel(db, { organizationId, handoffId, level });
    if (count === 0) return { escalated: false };
    publishToWorkspace(organizationId, "handoff:escalated", { conversationId: handoff.conversationId, handoffId, level, widened: true });
    await emitConversationEvent({ type: "handoff.escalated", organizationId, conversationId: handoff.conversationId, handoffId, level });
    return { escalated: true };
  }
  const message = await db.$transaction(async (tx) => {
    if (!(await toLeadCapture(tx, { organizationId, conversationId: handoff.conversationId, from: ["QUEUED"] }))) return null;
    await raiseEscalationLevel(tx, { organizationId, handoffId, level });
    return appendMessage(tx, {
      organizationId,
      conversationId: handoff.conversationId,
      message: { role: "SYSTEM", source: "SYSTEM", body: botPhrase("nobodyFree", handoff.conversation.language), metadata: { handoffId, event: "nobody_free" } },
    });
  });
  if (!message) return { escalated: false };
  const dto = toMessageDto(message);
  publishToVisitor(handoff.conversation.contactId, "message:created", dto);
  publishToWorkspace(organizationId, "message:created", dto);
  publishToWorkspace(organizationId, "handoff:escalated", { conversationId: handoff.conversationId, handoffId, level, leadCapture: true });
  await emitConversationEvent({ type: "handoff.escalated", organizationId, conversationId: handoff.conversationId, handoffId, level });
  await publishConversation(organizationId, handoff.conversationId);
  return { escalated: true };
}

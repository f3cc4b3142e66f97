import type { Actor } from "@/features/tenants/actor";
import { appendMessage } from "@/features/conversations/conversations.repository";
import { toMessageDto } from "@/features/conversations/message.dto";
import { emitConversationEvent } from "@/features/integrations/conversation-events";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { publishToWorkspace } from "@/server/publish";
import { closeHandoffs, findMember, findNewerOpenConversation, getConversationWithAssignee, setStatus } from "./inbox.repository";
import { assignQueuedConversations } from "./assign-queued";
import { publishConversation } from "./publish-conversation";

/** Closes the conversation (and its handoff); the widget then asks the visitor for a rating. */
export async function resolveConversation({ actor, conversationId }: { actor: Actor; conversationId: string }) {
  const { organizationId } = actor;
  const note = await db.$transaction(async (tx) => {
    const resolved = await setStatus(tx, {
      organizationId,
      conversationId,
      from: ["BOT", "QUEUED", "ASSIGNED", "LEAD_CAPTURE"],
      data: { status: "RESOLVED", resolvedAt: new Date() },
    });
    if (!resolved) {
      if (!(await getConversationWithAssignee(tx, { organizationId, conversationId }))) throw notFound("Conversation");
      return null; // already resolved: nothing to do
    }
    await closeHandoffs(tx, { organizationId, conversationId });
    return eventNote(tx, organizationId, conversationId, actor.userId, "resolved");
  });
  if (note) publishToWorkspace(organizationId, "message:created", toMessageDto(note));
  const conversation = await publishConversation(organizationId, conversationId);
  if (note) {
    await emitConversationEvent({ type: "conversation.resolved", organizationId, conversationId });
    // The agent has room for another conversation now.
    await assignQueuedConversations(organizationId);
  }
  return { conversation };
}

/**
 * Opens a resolved conversation again, assigned to whoever reopens it. Refused when the visitor
 * has since started a newer conversation in the same inbox: their messages go there.
 */
export async function reopenConversation({ actor, conversationId }: { actor: Actor; conversationId: string }) {
  const { organizationId, userId } = actor;
  const note = await db.$transaction(async (tx) => {
    const conversation = await getConversationWithAssignee(tx, { organizationId, conversationId });
    if (!conversation) throw notFound("Conversation");
    if (conversation.status !== "RESOLVED") return null;
    const newer = await findNewerOpenConversation(tx, { organizationId, contactId: conversation.contactId, inboxId: conversation.inboxId, after: conversation.createdAt });
    if (newer) throw new AppError("CONFLICT", "This visitor has started a newer conversation; reply there instead.", { conversationId: newer.id });
    await setStatus(tx, { organizationId, conversationId, from: ["RESOLVED"], data: { status: "ASSIGNED", assigneeId: userId, assignedAt: new Date(), resolvedAt: null } });
    return eventNote(tx, organizationId, conversationId, userId, "reopened");
  });
  if (note) publishToWorkspace(organizationId, "message:created", toMessageDto(note));
  return { conversation: await publishConversation(organizationId, conversationId) };
}

async function eventNote(tx: Parameters<typeof findMember>[0], organizationId: string, conversationId: string, userId: string, event: "resolved" | "reopened") {
  const member = await findMember(tx, { organizationId, userId });
  const name = member?.user.name ?? "An agent";
  const row = await appendMessage(tx, {
    organizationId,
    conversationId,
    message: { role: "NOTE", source: "SYSTEM", body: `${name} ${event} the conversation.`, authorName: "Baton", metadata: { event, userId } },
  });
  return row!;
}

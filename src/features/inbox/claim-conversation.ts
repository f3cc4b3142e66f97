import { appendMessage } from "@/features/conversations/conversations.repository";
import { toMessageDto } from "@/features/conversations/message.dto";
import { emitConversationEvent } from "@/features/integrations/conversation-events";
import { botPhrase } from "@/lib/bot-phrases";
import { db, type DbClient } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { publishToVisitor, publishToWorkspace } from "@/server/publish";
import { claimIfUnclaimed, findMember, getConversationWithAssignee, markHandoffClaimed } from "./inbox.repository";
import { publishConversation } from "./publish-conversation";

export type ClaimSurface = "inbox" | "slack" | "whatsapp" | "reply" | "auto";

export interface ClaimOptions {
  organizationId: string;
  conversationId: string;
  userId: string;
  via: ClaimSurface;
}

/**
 * Gives the conversation to one person. The first claim wins whatever surface it comes from; a
 * later one gets ALREADY_CLAIMED naming who has it. Claiming what you already have changes nothing.
 * The visitor is told who joined, in their language; the bot writes nothing from now on.
 */
export async function claimConversation({ organizationId, conversationId, userId, via }: ClaimOptions) {
  const message = await db.$transaction(async (tx) => {
    const member = await findMember(tx, { organizationId, userId });
    if (!member) throw notFound("Agent");
    if (!(await claimIfUnclaimed(tx, { organizationId, conversationId, userId }))) {
      await explainFailedClaim(tx, { organizationId, conversationId, userId });
      return null;
    }
    return announceJoin(tx, { organizationId, conversationId, userId, name: member.user.name, via });
  });
  if (message) publishJoin(organizationId, message);
  return { conversation: await publishConversation(organizationId, conversationId) };
}

/** Inside a transaction that just made `userId` the assignee: closes the handoff and says hello. */
export async function announceJoin(
  tx: DbClient,
  { organizationId, conversationId, userId, name, via }: { organizationId: string; conversationId: string; userId: string; name: string; via: ClaimSurface },
) {
  await markHandoffClaimed(tx, { organizationId, conversationId, userId, via });
  const conversation = await getConversationWithAssignee(tx, { organizationId, conversationId });
  const row = await appendMessage(tx, {
    organizationId,
    conversationId,
    message: {
      role: "SYSTEM",
      source: "SYSTEM",
      body: botPhrase("joined", conversation?.language ?? conversation?.contact.language, { name }),
      // Authored, so the widget shows who joined with their avatar.
      authorId: userId,
      authorName: name,
      metadata: { event: "agent_joined", userId, via },
    },
  });
  return row ? { row: { ...row, author: conversation?.assignee?.id === userId ? { name, image: conversation.assignee.image } : null }, contactId: conversation!.contactId } : null;
}

/** After the commit: the visitor and the inbox see who joined; Slack and WhatsApp hear of the claim. */
export function publishJoin(organizationId: string, { row, contactId }: { row: Parameters<typeof toMessageDto>[0]; contactId: string }) {
  const dto = toMessageDto(row);
  const { userId, via } = (row.metadata ?? {}) as { userId?: string; via?: string };
  if (userId) void emitConversationEvent({ type: "conversation.claimed", organizationId, conversationId: row.conversationId, userId, via: via ?? "inbox" });
  publishToVisitor(contactId, "message:created", dto);
  publishToWorkspace(organizationId, "message:created", dto);
}

async function explainFailedClaim(tx: DbClient, { organizationId, conversationId, userId }: { organizationId: string; conversationId: string; userId: string }) {
  const conversation = await getConversationWithAssignee(tx, { organizationId, conversationId });
  if (!conversation) throw notFound("Conversation");
  if (conversation.status === "RESOLVED") throw new AppError("CONVERSATION_RESOLVED", "This conversation is resolved. Reopen it first.");
  if (conversation.assigneeId === userId) return;
  const claimedBy = conversation.assignee ? { id: conversation.assignee.id, name: conversation.assignee.name } : null;
  throw new AppError("ALREADY_CLAIMED", `${claimedBy?.name ?? "Someone else"} already claimed this conversation`, { claimedBy });
}

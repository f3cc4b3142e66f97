import type { Actor } from "@/features/tenants/actor";
import { appendMessage } from "@/features/conversations/conversations.repository";
import { toMessageDto } from "@/features/conversations/message.dto";
import { emitConversationEvent } from "@/features/integrations/conversation-events";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { publishToVisitor, publishToWorkspace } from "@/server/publish";
import { announceJoin, publishJoin } from "./claim-conversation";
import type { TAgentMessageInput } from "./inbox.schemas";
import { claimIfUnclaimed, findMember, getAgentMessageByClientId, getConversationWithAssignee, markFirstHumanReply, markRead } from "./inbox.repository";
import { publishConversation } from "./publish-conversation";
import { checkWhatsAppReply } from "@/features/whatsapp/whatsapp-window";

/**
 * An agent's reply or internal note from the inbox. A reply is a human speaking: an unclaimed
 * conversation becomes theirs in the same transaction, so the bot cannot answer after it. A reply
 * to a resolved conversation is refused (reopen first: the visitor may have left); notes are always
 * allowed. A repeated clientId returns the stored message.
 */
export async function postAgentMessage({ actor, conversationId, input }: { actor: Actor; conversationId: string; input: TAgentMessageInput }) {
  const { organizationId, userId } = actor;
  const result = await db.$transaction(async (tx) => {
    const existing = await getAgentMessageByClientId(tx, { organizationId, conversationId, clientId: input.clientId });
    if (existing) return { row: existing, created: false as const };
    const [conversation, member] = await Promise.all([
      getConversationWithAssignee(tx, { organizationId, conversationId }),
      findMember(tx, { organizationId, userId }),
    ]);
    if (!conversation || !member) throw notFound("Conversation");
    if (!input.note && conversation.status === "RESOLVED") {
      throw new AppError("CONVERSATION_RESOLVED", "This conversation is resolved. Reopen it to reply.");
    }
    // WhatsApp: free text outside the 24-hour window is refused (409) unless sent as the template.
    const whatsapp = input.note ? null : await checkWhatsAppReply(tx, { organizationId, conversationId, asTemplate: input.whatsappTemplate === true });
    const joined =
      !input.note && (await claimIfUnclaimed(tx, { organizationId, conversationId, userId }))
        ? await announceJoin(tx, { organizationId, conversationId, userId, name: member.user.name, via: "reply" })
        : null;
    const row = await appendMessage(tx, {
      organizationId,
      conversationId,
      message: {
        role: input.note ? "NOTE" : "AGENT",
        source: "INBOX",
        body: input.text,
        clientId: input.clientId,
        authorId: userId,
        authorName: member.user.name,
        ...(whatsapp?.asTemplate ? { metadata: { whatsappTemplate: true } } : {}),
      },
    });
    if (!input.note) await markFirstHumanReply(tx, { organizationId, conversationId });
    await markRead(tx, { organizationId, conversationId, userId, seq: row!.seq });
    return { row: { ...row!, author: { name: member.user.name, image: member.user.image } }, created: true as const, joined, contactId: conversation.contactId };
  });
  const message = toMessageDto(result.row);
  if (result.created) {
    if (result.joined) publishJoin(organizationId, result.joined);
    if (!input.note) publishToVisitor(result.contactId, "message:created", message);
    publishToWorkspace(organizationId, "message:created", message);
    await publishConversation(organizationId, conversationId, { toVisitor: Boolean(result.joined) });
    await emitConversationEvent({ type: "message.created", organizationId, conversationId, messageId: message.id });
  }
  return { message, created: result.created };
}

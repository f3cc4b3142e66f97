// An agent's text from WhatsApp, for the conversation they claimed there: stored as their AGENT
// message (source WHATSAPP, the wamid as external id so a redelivery stores nothing), written only
// while the conversation is still assigned, then published like an inbox reply. The visitor gets
// it live in the widget, or on WhatsApp through the conversation event.
import { appendMessage, getConversation, getMessageByExternalId } from "@/features/conversations/conversations.repository";
import { toMessageDto } from "@/features/conversations/message.dto";
import { markFirstHumanReply } from "@/features/inbox/inbox.repository";
import { emitConversationEvent } from "@/features/integrations/conversation-events";
import { db } from "@/server/db";
import { publishToVisitor, publishToWorkspace } from "@/server/publish";

export interface RelayAgentReplyOptions {
  organizationId: string;
  conversationId: string;
  userId: string;
  authorName: string;
  wamid: string;
  text: string;
}

export async function relayAgentReply({ organizationId, conversationId, userId, authorName, wamid, text }: RelayAgentReplyOptions) {
  const row = await db.$transaction(async (tx) => {
    if (await getMessageByExternalId(tx, { organizationId, source: "WHATSAPP", externalId: wamid })) return null;
    const appended = await appendMessage(tx, {
      organizationId,
      conversationId,
      onlyIfStatus: ["ASSIGNED"],
      message: { role: "AGENT", source: "WHATSAPP", body: text, externalId: wamid, authorId: userId, authorName },
    });
    if (appended) await markFirstHumanReply(tx, { organizationId, conversationId });
    return appended;
  });
  if (!row) return { relayed: false };
  const conversation = await getConversation(db, { organizationId, conversationId });
  const dto = toMessageDto({ ...row, author: { name: authorName, image: null } });
  if (conversation) publishToVisitor(conversation.contactId, "message:created", dto);
  publishToWorkspace(organizationId, "message:created", dto);
  await emitConversationEvent({ type: "message.created", organizationId, conversationId, messageId: row.id });
  return { relayed: true, messageId: row.id };
}

// Who a typing indicator is for. Looked up once per conversation per socket (see realtime.ts).
import { getConversation, getOpenConversation } from "@/features/conversations/conversations.repository";
import { db } from "@/server/db";
import { findMember } from "./inbox.repository";

/** The visitor (contact) behind a conversation the agent is typing in, and the agent's name. */
export async function findAgentTypingTarget({ organizationId, userId, conversationId }: { organizationId: string; userId: string; conversationId: string }) {
  const [conversation, member] = await Promise.all([getConversation(db, { organizationId, conversationId }), findMember(db, { organizationId, userId })]);
  if (!conversation || !member) return null;
  return { contactId: conversation.contactId, name: member.user.name };
}

/** The visitor's open conversation in their inbox, if any. */
export async function findVisitorConversationId({ organizationId, contactId, inboxId }: { organizationId: string; contactId: string; inboxId: string }) {
  const conversation = await getOpenConversation(db, { organizationId, contactId, inboxId });
  return conversation?.id ?? null;
}

import { publishToVisitor, publishToWorkspace } from "@/server/publish";
import { emitConversationEvent } from "@/features/integrations/conversation-events";
import { db } from "@/server/db";
import {
  appendMessage,
  getVisitorMessageByClientId,
  insertConversation,
  lockContact,
  updateConversationPage,
} from "@/features/conversations/conversations.repository";
import { toMessageDto, type MessageDto } from "@/features/conversations/message.dto";
import { findSendState, touchContact } from "./widget.repository";
import type { Visitor } from "./visitor";
import type { TPostVisitorMessageInput } from "./widget.schemas";

export interface PostVisitorMessageOptions {
  visitor: Visitor;
  input: TPostVisitorMessageInput;
}

export interface PostedVisitorMessage {
  message: MessageDto;
  /** False when this clientId was stored before: a retry, answered with the original message. */
  created: boolean;
  conversationStatus: string;
}

/**
 * Stores a visitor message exactly once per clientId, in the visitor's open conversation (a new one
 * if the last was resolved), then publishes it to the visitor's other tabs and to the agents.
 */
export async function postVisitorMessage({ visitor, input }: PostVisitorMessageOptions): Promise<PostedVisitorMessage> {
  const { organizationId, contactId, inboxId } = visitor;
  const result = await db.$transaction(async (tx) => {
    await lockContact(tx, { contactId });
    const state = await findSendState(tx, { organizationId, contactId, inboxId, clientId: input.clientId });
    const existing = state.existingMessageId ? await getVisitorMessageByClientId(tx, { organizationId, contactId, clientId: input.clientId }) : null;
    if (existing) return { row: existing, created: false, status: state.openConversation?.status ?? "RESOLVED" };
    const conversation = state.openConversation ?? (await insertConversation(tx, { organizationId, inboxId, contactId, currentPage: input.page }));
    const row = await appendMessage(tx, {
      organizationId,
      conversationId: conversation.id,
      message: { role: "VISITOR", source: "WIDGET", body: input.text, clientId: input.clientId },
    });
    if (input.page) {
      await updateConversationPage(tx, { organizationId, conversationId: conversation.id, currentPage: input.page });
      await touchContact(tx, { organizationId, contactId, currentPage: input.page });
    }
    return { row: row!, created: true, status: conversation.status };
  });
  const message = toMessageDto(result.row);
  if (result.created) {
    publishToVisitor(contactId, "message:created", message);
    publishToWorkspace(organizationId, "message:created", message);
    await emitConversationEvent({ type: "message.created", organizationId, conversationId: message.conversationId, messageId: message.id });
  }
  return { message, created: result.created, conversationStatus: result.status };
}

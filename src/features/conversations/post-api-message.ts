import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { publishToVisitor, publishToWorkspace } from "@/server/publish";
import { appendMessage, getConversation, getMessageByExternalId, takeFromBot } from "./conversations.repository";
import type { TApiMessageInput } from "./conversations.schemas";
import { toMessageDto } from "./message.dto";

/**
 * A reply (or note) posted through the public API. A reply is a human speaking: the bot steps
 * out of the conversation in the same transaction. Retrying with the same externalId stores nothing new.
 */
export async function postApiMessage({ organizationId, conversationId, input }: { organizationId: string; conversationId: string; input: TApiMessageInput }) {
  const result = await db.$transaction(async (tx) => {
    const conversation = await getConversation(tx, { organizationId, conversationId });
    if (!conversation) throw notFound("Conversation");
    if (input.externalId) {
      const existing = await getMessageByExternalId(tx, { organizationId, source: "API", externalId: input.externalId });
      if (existing) return { row: existing, created: false, contactId: conversation.contactId };
    }
    if (!input.note) await takeFromBot(tx, { organizationId, conversationId });
    const row = await appendMessage(tx, {
      organizationId,
      conversationId,
      message: { role: input.note ? "NOTE" : "AGENT", source: "API", body: input.text, authorName: input.authorName, externalId: input.externalId },
    });
    return { row: row!, created: true, contactId: conversation.contactId };
  });
  const message = toMessageDto(result.row);
  if (result.created) {
    if (!input.note) publishToVisitor(result.contactId, "message:created", message);
    publishToWorkspace(organizationId, "message:created", message);
  }
  return { message, created: result.created };
}

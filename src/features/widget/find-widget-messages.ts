import { findVisibleMessagesAfter, getLatestConversation } from "@/features/conversations/conversations.repository";
import { toMessageDto } from "@/features/conversations/message.dto";
import { db } from "@/server/db";
import type { Visitor } from "./visitor";

// Enough for any real chat in one response; a client far behind calls again from the last seq.
const PAGE_SIZE = 500;

/** The visitor's current conversation and its messages after a seq (resume after a disconnect). */
export async function findWidgetMessages({ visitor, afterSeq }: { visitor: Visitor; afterSeq: number }) {
  const { organizationId, contactId, inboxId } = visitor;
  const conversation = await getLatestConversation(db, { organizationId, contactId, inboxId });
  if (!conversation) return { conversation: null, messages: [] };
  const rows = await findVisibleMessagesAfter(db, { organizationId, conversationId: conversation.id, afterSeq, take: PAGE_SIZE });
  return {
    conversation: { id: conversation.id, status: conversation.status, lastSeq: conversation.lastSeq },
    messages: rows.map(toMessageDto),
  };
}

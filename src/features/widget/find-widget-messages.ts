import { findVisibleMessagesAfter, getLatestConversation } from "@/features/conversations/conversations.repository";
import { toMessageDto } from "@/features/conversations/message.dto";
import { db } from "@/server/db";
import type { Visitor } from "./visitor";
import { getLeadEmail } from "./widget.repository";

// Enough for any real chat in one response; a client far behind calls again from the last seq.
const PAGE_SIZE = 500;

/** The visitor's current conversation and its messages after a seq (resume after a disconnect). */
export async function findWidgetMessages({ visitor, afterSeq }: { visitor: Visitor; afterSeq: number }) {
  const { organizationId, contactId, inboxId } = visitor;
  const conversation = await getLatestConversation(db, { organizationId, contactId, inboxId });
  if (!conversation) return { conversation: null, messages: [] };
  const conversationId = conversation.id;
  const [rows, leadEmail] = await Promise.all([
    findVisibleMessagesAfter(db, { organizationId, conversationId, afterSeq, take: PAGE_SIZE }),
    // Only a conversation waiting for an email follow-up needs it (the widget shows "we'll email you").
    conversation.status === "LEAD_CAPTURE" ? getLeadEmail(db, { organizationId, conversationId }) : null,
  ]);
  return {
    // csatScore: a reload must not ask for a rating the visitor already gave.
    conversation: { id: conversationId, status: conversation.status, lastSeq: conversation.lastSeq, csatScore: conversation.csatScore, leadEmail },
    messages: rows.map(toMessageDto),
  };
}

// The visitor's rating of a resolved conversation. Scoped by the visitor's token (organization,
// inbox and contact), so a visitor can only ever touch their own conversations.
import type { DbClient } from "@/server/db";

interface VisitorConversationKey {
  organizationId: string;
  inboxId: string;
  contactId: string;
  conversationId: string;
}

export function getVisitorConversation(db: DbClient, { organizationId, inboxId, contactId, conversationId }: VisitorConversationKey) {
  return db.conversation.findFirst({
    where: { id: conversationId, organizationId, inboxId, contactId },
    select: { id: true, status: true },
  });
}

/**
 * Stores the rating in one conditional update: only a RESOLVED conversation that has no rating
 * yet matches, so of two concurrent ratings exactly one is stored. False when nothing matched.
 */
export async function recordCsat(db: DbClient, key: VisitorConversationKey & { score: number; comment: string | null }) {
  const { organizationId, inboxId, contactId, conversationId, score, comment } = key;
  const { count } = await db.conversation.updateMany({
    where: { id: conversationId, organizationId, inboxId, contactId, status: "RESOLVED", csatScore: null },
    data: { csatScore: score, csatComment: comment, csatAt: new Date() },
  });
  return count === 1;
}

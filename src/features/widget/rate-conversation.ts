import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { publishToWorkspace } from "@/server/publish";
import { publishConversation } from "@/features/inbox/publish-conversation";
import { getVisitorConversation, recordCsat } from "./csat.repository";
import type { Visitor } from "./visitor";
import type { TRateConversationInput } from "./widget.schemas";

export interface RateConversationOptions {
  visitor: Visitor;
  input: TRateConversationInput;
}

/**
 * The visitor's 1-5 rating (and optional comment) after a conversation was resolved. The first
 * rating wins; the agents see it live as `conversation:csat`.
 */
export async function rateConversation({ visitor, input }: RateConversationOptions) {
  const { organizationId, inboxId, contactId } = visitor;
  const { conversationId, score } = input;
  const comment = input.comment || null;
  if (!(await recordCsat(db, { organizationId, inboxId, contactId, conversationId, score, comment }))) {
    // Nothing matched: say why (read after the write, so a race can only make the answer fresher).
    const conversation = await getVisitorConversation(db, { organizationId, inboxId, contactId, conversationId });
    if (!conversation) throw notFound("Conversation");
    if (conversation.status !== "RESOLVED") throw new AppError("NOT_RESOLVED", "Only a resolved conversation can be rated");
    throw new AppError("ALREADY_RATED", "This conversation was already rated");
  }
  publishToWorkspace(organizationId, "conversation:csat", { conversationId, score, comment });
  // The list item carries the score: every inbox updates the row and the open conversation.
  await publishConversation(organizationId, conversationId, { toVisitor: false });
  return { conversationId, score };
}

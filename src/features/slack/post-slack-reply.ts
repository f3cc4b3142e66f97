import { appendMessage, getMessageByExternalId, takeFromBot } from "@/features/conversations/conversations.repository";
import { toMessageDto } from "@/features/conversations/message.dto";
import { announceJoin, publishJoin } from "@/features/inbox/claim-conversation";
import { claimIfUnclaimed, getConversationWithAssignee, markFirstHumanReply } from "@/features/inbox/inbox.repository";
import { publishConversation } from "@/features/inbox/publish-conversation";
import { emitConversationEvent } from "@/features/integrations/conversation-events";
import { db } from "@/server/db";
import { publishToVisitor, publishToWorkspace } from "@/server/publish";
import type { SlackPerson } from "./identify-slack-user";
import { recordInboundEvent } from "./slack-deliveries.repository";

export interface PostSlackReplyOptions {
  organizationId: string;
  conversationId: string;
  /** Dedupe key of the delivery (the Slack event id). */
  eventId: string;
  /** The Slack message ts: stored as the message's external id (unique), so it is stored once. */
  ts: string;
  text: string;
  note: boolean;
  person: SlackPerson;
}

export type SlackReplyResult = { status: "posted"; messageId: string } | { status: "duplicate" } | { status: "resolved" } | { status: "missing" };

/**
 * A reply (or, with "note:", an internal note) written in the Slack thread. Like a reply from the
 * inbox: a reply from a matched member claims an unclaimed conversation in the same transaction
 * (one from someone Baton does not know takes it from the bot without an assignee); the visitor
 * gets it live; WhatsApp hears of it through message.created. Slack's redeliveries find the event
 * id or the ts already stored and change nothing.
 */
export async function postSlackReply({ organizationId, conversationId, eventId, ts, text, note, person }: PostSlackReplyOptions): Promise<SlackReplyResult> {
  let result;
  try {
    result = await db.$transaction(async (tx) => {
      if (!(await recordInboundEvent(tx, { externalId: eventId }))) return { status: "duplicate" as const };
      if (await getMessageByExternalId(tx, { organizationId, source: "SLACK", externalId: ts })) return { status: "duplicate" as const };
      const conversation = await getConversationWithAssignee(tx, { organizationId, conversationId });
      if (!conversation) return { status: "missing" as const };
      if (!note && conversation.status === "RESOLVED") return { status: "resolved" as const };
      let joined = null;
      if (!note && person.userId && (await claimIfUnclaimed(tx, { organizationId, conversationId, userId: person.userId }))) {
        joined = await announceJoin(tx, { organizationId, conversationId, userId: person.userId, name: person.name, via: "slack" });
      } else if (!note && !person.userId) {
        await takeFromBot(tx, { organizationId, conversationId });
      }
      const row = await appendMessage(tx, {
        organizationId,
        conversationId,
        message: { role: note ? "NOTE" : "AGENT", source: "SLACK", body: text, externalId: ts, authorId: person.userId ?? undefined, authorName: person.name, metadata: { slackUserId: person.slackUserId } },
      });
      if (!note) await markFirstHumanReply(tx, { organizationId, conversationId });
      return { status: "posted" as const, row: row!, joined, contactId: conversation.contactId };
    });
  } catch (error) {
    // Two deliveries racing: the loser hits the unique index on (organization, source, ts).
    if ((error as { code?: string }).code === "P2002") return { status: "duplicate" };
    throw error;
  }
  if (result.status !== "posted") return result;
  const message = toMessageDto({ ...result.row, author: { name: person.name, image: null } });
  if (result.joined) publishJoin(organizationId, result.joined);
  if (!note) publishToVisitor(result.contactId, "message:created", message);
  publishToWorkspace(organizationId, "message:created", message);
  await publishConversation(organizationId, conversationId, { toVisitor: Boolean(result.joined) });
  await emitConversationEvent({ type: "message.created", organizationId, conversationId, messageId: message.id });
  return { status: "posted", messageId: message.id };
}

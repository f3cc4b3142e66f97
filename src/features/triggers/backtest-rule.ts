import { db } from "@/server/db";
import { evaluateConversation } from "./evaluate-conversation";
import { findRecentConversationsWithMessages } from "./triggers.repository";
import { toTriggerContact, toTriggerMessages } from "./engine-input";
import type { TTriggerRuleDraft } from "./triggers.schemas";

export interface BacktestOptions {
  organizationId: string;
  rule: TTriggerRuleDraft;
  /** How many of the latest conversations to replay. */
  limit: number;
}

/**
 * Replays a draft rule over the workspace's latest conversations, message by message as they
 * happened, and reports which it would have escalated, at which visitor message and why.
 */
export async function backtestRule({ organizationId, rule, limit }: BacktestOptions) {
  const conversations = await findRecentConversationsWithMessages(db, { organizationId, take: limit });
  const draft = { ...rule, id: "draft", enabled: true };
  const hits = [];
  for (const conversation of conversations) {
    const contact = toTriggerContact(conversation.contact);
    const messages = toTriggerMessages(conversation.messages);
    for (let i = 0; i < messages.length; i++) {
      if (messages[i]!.role !== "visitor") continue;
      const decision = evaluateConversation({ messages: messages.slice(0, i + 1), contact, rules: [draft], context: { page: conversation.currentPage ?? undefined } });
      const reason = decision.reasons[0];
      if (!reason) continue;
      hits.push({ conversationId: conversation.id, contactName: conversation.contact.name, seq: messages[i]!.seq, text: messages[i]!.text, evidence: reason.evidence });
      break;
    }
  }
  return { scanned: conversations.length, matched: hits.length, conversations: hits };
}

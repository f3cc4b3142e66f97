import { isOpen } from "@/features/handoff/business-hours";
import { requestHandoff } from "@/features/handoff/request-handoff";
import { db } from "@/server/db";
import { evaluateConversation } from "./evaluate-conversation";
import { applyConversationChanges, findRules, findTeamIdByName, getConversationForEvaluation, insertEvaluation } from "./triggers.repository";
import { toTriggerContact, toTriggerMessages } from "./engine-input";
import type { TTriggerAction } from "./triggers.schemas";
import type { TriggerDecision } from "./triggers.types";

const PRIORITY = { low: "LOW", normal: "NORMAL", high: "HIGH", urgent: "URGENT" } as const;

export interface EvaluateVisitorMessageOptions {
  organizationId: string;
  conversationId: string;
  /** The visitor message the decision is about. */
  messageId: string;
}

/**
 * Runs the workspace's rules on the conversation as of this visitor message, stores the
 * evaluation (explainable later), applies priority, tags and language, and hands off when a
 * rule says so. Returns the decision and whether the conversation was handed to people.
 */
export async function evaluateVisitorMessage({ organizationId, conversationId, messageId }: EvaluateVisitorMessageOptions) {
  const [conversation, rules] = await Promise.all([
    getConversationForEvaluation(db, { organizationId, conversationId }),
    findRules(db, { organizationId }),
  ]);
  if (!conversation) return null;
  const chronological = [...conversation.messages].reverse();
  const upTo = chronological.findIndex((message) => message.id === messageId);
  const messages = toTriggerMessages(chronological.slice(0, upTo === -1 ? undefined : upTo + 1));
  const contact = toTriggerContact(conversation.contact);
  const decision = evaluateConversation({
    messages,
    contact,
    rules,
    context: {
      channel: conversation.inbox.channel === "WHATSAPP" ? "whatsapp" : "widget",
      page: pathOf(conversation.currentPage),
      previousHandoff: conversation._count.handoffs > 0,
      sessionMinutes: (Date.now() - conversation.createdAt.getTime()) / 60_000,
      businessHours: isOpen(conversation.inbox.businessHours, new Date()) ? "open" : "closed",
    },
  });

  const reasons = decision.reasons.map((reason) => ({ code: reason.code, ruleId: reason.ruleId, ruleName: reason.ruleName, evidence: reason.evidence }));
  await insertEvaluation(db, { organizationId, conversationId, messageId, escalate: decision.escalate, reasons });
  await applyConversationChanges(db, { organizationId, conversationId, language: decision.language, ...changesFrom(decision.actions) });

  if (!decision.escalate) return { decision, handedOff: false };
  const teamName = decision.action && "team" in decision.action ? decision.action.team : undefined;
  const team = teamName ? await findTeamIdByName(db, { organizationId, name: teamName }) : null;
  await requestHandoff({ organizationId, conversationId, reasons, teamId: team?.id });
  return { decision, handedOff: true };
}

function changesFrom(actions: readonly TTriggerAction[]) {
  let priority: (typeof PRIORITY)[keyof typeof PRIORITY] | undefined;
  const tags: string[] = [];
  for (const action of actions) {
    if ("priority" in action && action.priority) priority ??= PRIORITY[action.priority];
    if (action.type === "tag") tags.push(...action.tags);
  }
  return { priority, tags };
}

function pathOf(page: string | null): string | undefined {
  if (!page) return undefined;
  try {
    return new URL(page).pathname;
  } catch {
    return page;
  }
}

export type { TriggerDecision };

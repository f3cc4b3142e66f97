import { isOpen, type BusinessHoursLike } from "@/features/handoff/business-hours";
import { requestHandoff } from "@/features/handoff/request-handoff";
import { db } from "@/server/db";
import { evaluateConversation } from "./evaluate-conversation";
import { applyConversationChanges, findRules, findTeamIdByName, getConversationForEvaluation, insertEvaluation } from "./triggers.repository";
import { toTriggerContact, toTriggerMessages } from "./engine-input";
import type { TTriggerAction, TTriggerRule } from "./triggers.schemas";
import type { TriggerDecision } from "./triggers.types";

const PRIORITY = { low: "LOW", normal: "NORMAL", high: "HIGH", urgent: "URGENT" } as const;

export interface EvaluateVisitorMessageOptions {
  organizationId: string;
  conversationId: string;
  /** The visitor message the decision is about. */
  messageId: string;
}

/** What the engine judges a visitor message on: its conversation as stored, newest messages first. */
export interface VisitorMessageFacts {
  messages: readonly { id: string; seq: number; role: string; body: string; botConfidence: number | null; metadata: unknown }[];
  contact: { attributes: unknown; identityVerified: boolean };
  channel: string;
  businessHours: BusinessHoursLike | null;
  currentPage: string | null;
  createdAt: Date;
  previousHandoff: boolean;
  rules: TTriggerRule[];
}

/**
 * Runs the workspace's rules on the conversation as of this visitor message, stores the
 * evaluation (explainable later), applies priority, tags and language, and hands off when a
 * rule says so. Returns the decision and whether the conversation was handed to people.
 * (The bot's own path, reply-to-visitor.ts, reads the facts with the rest of its context and
 * calls the three steps itself.)
 */
export async function evaluateVisitorMessage({ organizationId, conversationId, messageId }: EvaluateVisitorMessageOptions) {
  const [conversation, rules] = await Promise.all([
    getConversationForEvaluation(db, { organizationId, conversationId }),
    findRules(db, { organizationId }),
  ]);
  if (!conversation) return null;
  const decision = decideOnVisitorMessage(
    {
      messages: conversation.messages,
      contact: conversation.contact,
      channel: conversation.inbox.channel,
      businessHours: conversation.inbox.businessHours,
      currentPage: conversation.currentPage,
      createdAt: conversation.createdAt,
      previousHandoff: conversation._count.handoffs > 0,
      rules,
    },
    messageId,
  );
  await recordEvaluation({ organizationId, conversationId, messageId, decision });
  if (!decision.escalate) return { decision, handedOff: false };
  await handOffOnDecision({ organizationId, conversationId, decision });
  return { decision, handedOff: true };
}

/** The engine's decision (pure: no reads, no writes). */
export function decideOnVisitorMessage(facts: VisitorMessageFacts, messageId: string): TriggerDecision {
  const chronological = [...facts.messages].reverse();
  const upTo = chronological.findIndex((message) => message.id === messageId);
  return evaluateConversation({
    messages: toTriggerMessages(chronological.slice(0, upTo === -1 ? undefined : upTo + 1)),
    contact: toTriggerContact(facts.contact),
    rules: facts.rules,
    context: {
      channel: facts.channel === "WHATSAPP" ? "whatsapp" : "widget",
      page: pathOf(facts.currentPage),
      previousHandoff: facts.previousHandoff,
      sessionMinutes: (Date.now() - facts.createdAt.getTime()) / 60_000,
      businessHours: isOpen(facts.businessHours, new Date()) ? "open" : "closed",
    },
  });
}

/**
 * Stores the evaluation and applies its language, priority and tags (two statements, run
 * together; the second only when something changes, if the caller knows the current language).
 */
export async function recordEvaluation({
  organizationId,
  conversationId,
  messageId,
  decision,
  currentLanguage,
}: EvaluateVisitorMessageOptions & { decision: TriggerDecision; currentLanguage?: string | null }) {
  const reasons = decision.reasons.map((reason) => ({ code: reason.code, ruleId: reason.ruleId, ruleName: reason.ruleName, evidence: reason.evidence }));
  const changes = { language: decision.language, ...changesFrom(decision.actions) };
  const unchanged = currentLanguage !== undefined && (!changes.language || changes.language === currentLanguage) && !changes.priority && changes.tags.length === 0;
  await Promise.all([
    insertEvaluation(db, { organizationId, conversationId, messageId, escalate: decision.escalate, reasons }),
    unchanged ? null : applyConversationChanges(db, { organizationId, conversationId, ...changes }),
  ]);
}

/** An escalating decision: the conversation goes to people (the rule's team, if it names one). */
export async function handOffOnDecision({ organizationId, conversationId, decision }: { organizationId: string; conversationId: string; decision: TriggerDecision }) {
  const reasons = decision.reasons.map((reason) => ({ code: reason.code, ruleId: reason.ruleId, ruleName: reason.ruleName, evidence: reason.evidence }));
  const teamName = decision.action && "team" in decision.action ? decision.action.team : undefined;
  const team = teamName ? await findTeamIdByName(db, { organizationId, name: teamName }) : null;
  await requestHandoff({ organizationId, conversationId, reasons, teamId: team?.id });
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

import { scoreSentiment, sentimentOf } from "./detectors/sentiment-score";
import { viewConversation } from "./engine/conversation";
import { matchRule, type MatchState } from "./engine/match-rule";
import { actionEscalates, selectAction } from "./engine/select-action";
import { conversationLanguage } from "./language/detect-language";
import type { TTriggerAction } from "./triggers.schemas";
import type { EvaluateConversationInput, TriggerDecision, TriggerReason } from "./triggers.types";

const NO_DECISION: TriggerDecision = {
  escalate: false,
  action: null,
  actions: [],
  reasons: [],
  language: null,
  sentiment: { score: 0, label: "neutral" },
};

/**
 * Decides whether the conversation needs a person, about its last visitor message given the turns
 * before it. Pure: the same messages, contact, rules and context always give the same decision, so
 * the simulator, the back-test, the eval and the live path share it.
 */
export function evaluateConversation(input: EvaluateConversationInput): TriggerDecision {
  const view = viewConversation(input.messages, input.contact);
  if (!view) return { ...NO_DECISION, reasons: [], actions: [] };
  const state: MatchState = { view, context: input.context ?? {}, cache: new Map() };
  const rules = input.rules.filter((r) => r.enabled).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));

  const reasons: TriggerReason[] = [];
  const actions: TTriggerAction[] = [];
  for (const rule of rules) {
    const evidence = matchRule(rule, state);
    if (!evidence) continue;
    reasons.push({ code: rule.reason, ruleId: rule.id, ruleName: rule.name, evidence });
    actions.push(rule.action);
  }
  const action = selectAction(actions);
  return {
    escalate: actionEscalates(action),
    action,
    actions,
    reasons,
    language: conversationLanguage(view.visitorTurns.map((t) => t.text.raw)),
    sentiment: sentimentOf(scoreSentiment(view.last.text)),
  };
}

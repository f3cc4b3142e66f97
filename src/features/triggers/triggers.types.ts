import type { TContactAttributes, TReasonCode, TTriggerAction, TTriggerContext, TTriggerMessage, TTriggerRule } from "./triggers.schemas";

export type EvidenceValue = string | number | boolean | null | string[] | number[];

/** Why a rule fired, in words an agent can read: which phrases matched, which scores. JSON-serialisable. */
export interface TriggerEvidence {
  matched?: string[];
  score?: number;
  [key: string]: EvidenceValue | undefined;
}

export interface TriggerReason {
  code: TReasonCode;
  ruleId: string;
  ruleName: string;
  evidence: TriggerEvidence;
}

export type SentimentLabel = "negative" | "neutral" | "positive";

export interface TriggerDecision {
  /** True when the chosen action hands the conversation to people (handoff or route_team). */
  escalate: boolean;
  /** The strongest action among the rules that fired (handoff > offer_human > set_priority > tag), lowest position first. */
  action: TTriggerAction | null;
  /** Every fired rule's action, in rule order, so tags and priorities apply alongside a handoff. */
  actions: TTriggerAction[];
  reasons: TriggerReason[];
  /** Language of the last visitor message (ISO 639-1), falling back to earlier messages when it is too short. */
  language: string | null;
  /** Sentiment of the last visitor message: score in [-1, 1]. */
  sentiment: { score: number; label: SentimentLabel };
}

export interface EvaluateConversationInput {
  messages: readonly TTriggerMessage[];
  contact: TContactAttributes;
  rules: readonly TTriggerRule[];
  context?: TTriggerContext;
}

/** What a detector reports when it fires; null when it does not. */
export interface DetectorHit {
  matched: string[];
  score?: number;
  details?: Record<string, EvidenceValue>;
}

// Trigger reasons in words an agent reads at a glance: which rule, which words, which scores.
import { listOf, words } from "./brief-text";
import type { BriefReason } from "./brief.types";

const LABEL: Record<string, string> = {
  explicit_request: "the visitor asked for a person",
  negative_sentiment: "the visitor is upset",
  sensitive_topic: "it is a sensitive topic",
  high_value_intent: "it looks like a sales lead",
  low_confidence: "the bot was not confident enough to answer",
  repeated_failure: "the bot's answers did not help",
  vip_customer: "a VIP customer has a problem",
};

// What a visitor wants, from the trigger categories that name a topic (the others say how, not what).
const INTENT_OF_CATEGORY: Record<string, string> = {
  enterprise_pricing: "pricing",
  demo: "demo",
  quote: "quote",
  volume: "volume_order",
  partnership: "partnership",
  viewing: "viewing",
  money_action: "refund",
  unauthorised_charge: "unauthorised_charge",
  fraud: "fraud",
  legal: "legal",
  account_security: "account_security",
  data_deletion: "data_deletion",
  emergency: "emergency",
  harassment: "harassment",
};
const TOPICAL_REASONS = ["high_value_intent", "sensitive_topic"];

// Evidence keys that are shown in their own words below, or that only mean something to the engine.
const HANDLED = new Set(["matched", "score", "signals", "context", "categories", "quantity", "confidences", "threshold", "consecutive", "staffOnlyQuestion", "restated", "restatesMessage", "shouting", "sarcasm", "negativeRun", "tier", "button", "via"]);
const MAX_MATCHED = 5;

export function reasonLabel(code: string): string {
  return LABEL[code] ?? words(code);
}

/**
 * The words or phrases that fired the rule, quoted, keeping the longest of overlapping ones ("quiero
 * hablar con una persona", not also "con una persona"); engine markers such as "[shouting]" stay
 * unquoted. A restated question's evidence is word stems ("pass", "rese"), which read as typos: left out.
 */
export function matchedPhrases(reason: BriefReason, max = MAX_MATCHED): string[] {
  const matched = reason.evidence?.matched;
  if (!Array.isArray(matched) || reason.evidence?.restated === true) return [];
  const phrases = [...new Set(matched.filter((m): m is string => typeof m === "string" && m.trim() !== "").map((m) => m.trim()))];
  const padded = phrases.map((m) => ` ${m.toLowerCase()} `);
  return phrases
    .filter((m, i) => m.startsWith("[") || !padded.some((other, j) => j !== i && other.length > padded[i]!.length && other.includes(padded[i]!)))
    .slice(0, max)
    .map((m) => (m.startsWith("[") ? m.replace(/^\[(\w+)\]\s*/, (_, tag: string) => (tag === "button" ? "button: " : tag)) : `“${m}”`));
}

/** "Angry or frustrated visitor: “ridiculous”, shouting; score 4", or null when there is nothing to say. */
export function describeReason(reason: BriefReason): { code: string; evidence: string | null } {
  const e = reason.evidence ?? {};
  const parts: string[] = [];
  const phrases = matchedPhrases(reason);
  if (phrases.length > 0) parts.push(phrases.join(", "));
  if (e.via === "widget_button" || (e.button === true && !phrases.some((p) => p.startsWith("button")))) parts.push("pressed the talk-to-a-person button");
  const categories = stringList(e.categories);
  if (categories.length > 0) parts.push(categories.map(words).join(", "));
  if (typeof e.quantity === "number") parts.push(`quantity ${e.quantity}`);
  if (e.shouting === true && !phrases.includes("shouting")) parts.push("shouting");
  if (e.sarcasm === true) parts.push("sarcasm");
  if (e.negativeRun === true) parts.push("several unhappy messages in a row");
  if (e.restated === true) parts.push("asked the same question again");
  if (e.staffOnlyQuestion === true) parts.push("asks something only staff can answer");
  const confidences = numberList(e.confidences);
  if (confidences.length > 0) {
    const threshold = typeof e.threshold === "number" ? ` (threshold ${e.threshold})` : "";
    parts.push(`bot confidence ${confidences.map(round).join(", ")}${threshold}`);
  } else if (typeof e.score === "number") {
    // A restatement's score is how much of the new question repeats the old one.
    parts.push(`${e.restated === true ? "similarity" : "score"} ${round(e.score)}`);
  }
  if (typeof e.tier === "string") parts.push(`tier ${e.tier.replace(":", " ")}`);
  for (const [key, value] of Object.entries(e)) {
    if (!HANDLED.has(key) && (typeof value === "string" || typeof value === "number" || typeof value === "boolean")) parts.push(`${words(key)}: ${String(value)}`);
  }
  const detail = parts.join("; ");
  const name = reason.ruleName?.trim();
  const evidence = name && detail ? `${name}: ${detail}` : name || detail || null;
  return { code: reason.code, evidence };
}

/** "the visitor asked for a person (“talk to a human”) and the visitor is upset (“useless”)". */
export function reasonsClause(reasons: readonly BriefReason[]): string | null {
  const seenCodes = new Set<string>();
  const shown = new Set<string>();
  const clauses: string[] = [];
  for (const reason of reasons) {
    if (seenCodes.has(reason.code)) continue;
    seenCodes.add(reason.code);
    // Two phrases per reason, each quoted once across the sentence.
    const phrases = matchedPhrases(reason)
      .filter((p) => p.startsWith("“") && !shown.has(p))
      .slice(0, 2);
    for (const phrase of phrases) shown.add(phrase);
    clauses.push(phrases.length > 0 ? `${reasonLabel(reason.code)} (${phrases.join(", ")})` : reasonLabel(reason.code));
  }
  return clauses.length > 0 ? listOf(clauses.slice(0, 3)) : null;
}

/** "pricing" for an enterprise-pricing lead, "refund" for money at stake; null when no reason names a topic. */
export function intentFromReasons(reasons: readonly BriefReason[]): string | null {
  for (const reason of reasons) {
    if (!TOPICAL_REASONS.includes(reason.code)) continue;
    for (const category of stringList(reason.evidence?.categories)) {
      const intent = INTENT_OF_CATEGORY[category];
      if (intent) return intent;
    }
  }
  return null;
}

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
const numberList = (value: unknown): number[] => (Array.isArray(value) ? value.filter((v): v is number => typeof v === "number") : []);
const round = (n: number) => Math.round(n * 100) / 100;

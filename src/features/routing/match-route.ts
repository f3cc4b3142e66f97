// Where an escalation goes: the first enabled routing rule (by position) whose conditions all hold.
// Pure, so the handoff path, a dashboard preview and tests share it.
import { normalizeText } from "@/features/triggers/text/normalize";

/** The fields of a RoutingRule row that routing reads. */
export interface RouteRule {
  id: string;
  enabled: boolean;
  position: number;
  reasons: string[];
  keywords: string[];
  intents: string[];
  languages: string[];
  tiers: string[];
  teamId: string;
}

export interface RouteSignals {
  /** Reason codes of the handoff ("negative_sentiment", ...). */
  reasons: readonly string[];
  /** What the visitor wrote (the last message, or all of theirs joined): keywords are looked up here. */
  text: string;
  intent: string | null;
  /** ISO 639-1, optionally with a region ("pt-BR"). */
  language: string | null;
  /** The verified contact's tier ("enterprise", "vip"), null when unknown or unverified. */
  tier: string | null;
}

export interface RouteMatch {
  teamId: string;
  ruleId: string;
}

// Scripts written without spaces: a keyword there is found inside the text, not as a separate word.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * Rules are tried in position order (ties keep the given order: the repository sorts them by
 * creation), first match wins. A rule matches when each of its non-empty lists matches; a rule with
 * every list empty is a catch-all. A list that holds only blank entries can never match, so a
 * half-saved rule does not swallow every conversation.
 */
export function matchRoute(rules: readonly RouteRule[], signals: RouteSignals): RouteMatch | null {
  const ordered = rules.map((rule, index) => ({ rule, index })).sort((a, b) => a.rule.position - b.rule.position || a.index - b.index);
  const prepared = prepareSignals(signals);
  for (const { rule } of ordered) {
    if (rule.enabled && ruleMatches(rule, prepared)) return { teamId: rule.teamId, ruleId: rule.id };
  }
  return null;
}

interface PreparedSignals {
  reasons: Set<string>;
  norm: string;
  padded: string;
  intent: string | null;
  language: string | null;
  tier: string | null;
}

function prepareSignals(signals: RouteSignals): PreparedSignals {
  const norm = normalizeText(signals.text);
  return {
    reasons: new Set(signals.reasons.map((code) => code.trim().toLowerCase())),
    norm,
    padded: ` ${norm} `,
    intent: signals.intent ? normalizeText(signals.intent) || null : null,
    language: signals.language?.trim().toLowerCase() || null,
    tier: signals.tier?.trim().toLowerCase() || null,
  };
}

function ruleMatches(rule: RouteRule, s: PreparedSignals): boolean {
  return (
    listHolds(rule.reasons, (code) => s.reasons.has(code.toLowerCase())) &&
    listHolds(rule.keywords, (keyword) => keywordIn(keyword, s)) &&
    listHolds(rule.intents, (intent) => s.intent !== null && normalizeText(intent) === s.intent) &&
    listHolds(rule.languages, (language) => s.language !== null && sameLanguage(language.toLowerCase(), s.language)) &&
    listHolds(rule.tiers, (tier) => s.tier !== null && tier.toLowerCase() === s.tier)
  );
}

/** An empty list is no condition; otherwise any non-blank entry must match. */
function listHolds(list: readonly string[], matches: (entry: string) => boolean): boolean {
  if (list.length === 0) return true;
  return list.some((entry) => entry.trim() !== "" && matches(entry.trim()));
}

/** Whole words or phrases, ignoring case, accents and punctuation ("Réfund!" finds "refund"). */
function keywordIn(keyword: string, s: PreparedSignals): boolean {
  const norm = normalizeText(keyword);
  if (norm === "") return false;
  return UNSPACED.test(norm) ? s.norm.includes(norm) : s.padded.includes(` ${norm} `);
}

/** "pt" matches "pt-BR" either way; two different regions ("pt-BR", "pt-PT") do not. */
function sameLanguage(ruleLanguage: string, visitorLanguage: string): boolean {
  if (ruleLanguage === visitorLanguage) return true;
  const [ruleBase, ruleRegion] = ruleLanguage.split(/[-_]/);
  const [visitorBase, visitorRegion] = visitorLanguage.split(/[-_]/);
  return ruleBase === visitorBase && (!ruleRegion || !visitorRegion);
}

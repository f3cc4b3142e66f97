// The routing rule form's values as the inputs hold them, the API bodies built from them, and
// how a rule reads in the list.
import type { ReasonCode } from "../api-types";
import { REASON_LABELS } from "../triggers/rule-fields";
import type { RoutingRule, RoutingRuleInput } from "./types";

export interface RoutingRuleValues {
  name: string;
  teamId: string;
  enabled: boolean;
  reasons: ReasonCode[];
  /** Comma-separated, like every list below. */
  keywords: string;
  intents: string;
  languages: string;
  tiers: string;
}

export type RoutingRuleErrors = Partial<Record<keyof RoutingRuleValues, string>>;
export const RULE_FIELDS = ["name", "teamId", "enabled", "reasons", "keywords", "intents", "languages", "tiers"] as const;

export function emptyRule(teamId = ""): RoutingRuleValues {
  return { name: "", teamId, enabled: true, reasons: [], keywords: "", intents: "", languages: "", tiers: "" };
}

export function toValues(rule: RoutingRule): RoutingRuleValues {
  return {
    name: rule.name,
    teamId: rule.teamId,
    enabled: rule.enabled,
    reasons: rule.reasons,
    keywords: rule.keywords.join(", "),
    intents: rule.intents.join(", "),
    languages: rule.languages.join(", "),
    tiers: rule.tiers.join(", "),
  };
}

const list = (text: string) => [
  ...new Set(
    text
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  ),
];

export function toInput(values: RoutingRuleValues): RoutingRuleInput {
  return {
    name: values.name.trim(),
    teamId: values.teamId,
    enabled: values.enabled,
    reasons: values.reasons,
    keywords: list(values.keywords),
    intents: list(values.intents),
    languages: list(values.languages),
    tiers: list(values.tiers),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

/** Only what differs from the saved rule, for PATCH. */
export function changedFields(rule: RoutingRule, input: RoutingRuleInput): Partial<RoutingRuleInput> {
  const body: Partial<RoutingRuleInput> = {};
  if (input.name !== rule.name) body.name = input.name;
  if (input.teamId !== rule.teamId) body.teamId = input.teamId;
  if (input.enabled !== rule.enabled) body.enabled = input.enabled;
  for (const key of ["reasons", "keywords", "intents", "languages", "tiers"] as const) {
    if (!sameList(input[key], rule[key])) Object.assign(body, { [key]: input[key] });
  }
  return body;
}

/** What a rule checks, one clause per kind: "Says refund or billing · Reason is Sensitive topic". */
export function describeConditions(rule: Pick<RoutingRule, "reasons" | "keywords" | "intents" | "languages" | "tiers">): string[] {
  const or = (items: readonly string[]) => items.join(" or ");
  const clauses: string[] = [];
  if (rule.reasons.length > 0) clauses.push(`Escalated for ${or(rule.reasons.map((code) => REASON_LABELS[code as ReasonCode] ?? code))}`);
  if (rule.keywords.length > 0) clauses.push(`Mentions ${or(rule.keywords.map((word) => `“${word}”`))}`);
  if (rule.intents.length > 0) clauses.push(`Intent is ${or(rule.intents)}`);
  if (rule.languages.length > 0) clauses.push(`Language is ${or(rule.languages)}`);
  if (rule.tiers.length > 0) clauses.push(`Customer tier is ${or(rule.tiers)}`);
  return clauses;
}

/** The ids in their new order after moving one rule up (-1) or down (+1); unchanged at the ends. */
export function moveRule(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

// Pure helpers for the handoff rules page: labels, the action summary, and the editor's form
// values <-> the API's rule draft (conditions are edited as JSON text).
import type { ActionType, Priority, ReasonCode, TriggerAction, TriggerConditions, TriggerRule, TriggerRuleDraft } from "../api-types";

export const REASON_LABELS: Record<ReasonCode, string> = {
  explicit_request: "Asks for a person",
  negative_sentiment: "Negative sentiment",
  sensitive_topic: "Sensitive topic",
  high_value_intent: "High-value intent",
  low_confidence: "Low bot confidence",
  repeated_failure: "Repeated failure",
  vip_customer: "VIP customer",
};

export const ACTION_LABELS: Record<ActionType, string> = {
  handoff: "Hand off",
  offer_human: "Offer a human",
  route_team: "Route to team",
  set_priority: "Set priority",
  tag: "Tag",
};

/** Conditions to start from, one click away in the editor. */
export const CONDITION_EXAMPLES: ReadonlyArray<{ label: string; conditions: TriggerConditions }> = [
  { label: "Keywords", conditions: { keywords: { any: { en: ["*refund*", "chargeback"] } } } },
  { label: "Sales lead on pricing pages", conditions: { highValueIntent: {}, pageMatches: ["/pricing*"] } },
  { label: "Sensitive and unsure", conditions: { match: "all", sensitiveTopic: {}, lowConfidence: {} } },
];

/** "Hand off · team Sales · high priority" */
export function summarizeAction(action: TriggerAction | null | undefined): string {
  if (!action) return "No action";
  const parts: string[] = [ACTION_LABELS[action.type]];
  if (action.team) parts.push(`team ${action.team}`);
  if (action.priority) parts.push(`${action.priority} priority`);
  if (action.tags?.length) parts.push(action.tags.map((tag) => `#${tag}`).join(" "));
  if (action.message) parts.push(`“${action.message}”`);
  return parts.join(" · ");
}

export interface RuleValues {
  name: string;
  reason: ReasonCode;
  enabled: boolean;
  position: string;
  actionType: ActionType;
  team: string;
  priority: Priority | "";
  tags: string;
  message: string;
  conditions: string;
}

export const formatConditions = (conditions: TriggerConditions) => JSON.stringify(conditions, null, 2);

export function emptyRule(position: number): RuleValues {
  return {
    name: "",
    reason: "explicit_request",
    enabled: true,
    position: String(position),
    actionType: "handoff",
    team: "",
    priority: "",
    tags: "",
    message: "",
    conditions: formatConditions(CONDITION_EXAMPLES[0]!.conditions),
  };
}

export function toValues(rule: TriggerRule): RuleValues {
  const { action } = rule;
  return {
    name: rule.name,
    reason: rule.reason,
    enabled: rule.enabled,
    position: String(rule.position),
    actionType: action.type,
    team: action.team ?? "",
    priority: action.priority ?? "",
    tags: (action.tags ?? []).join(", "),
    message: action.message ?? "",
    conditions: formatConditions(rule.conditions),
  };
}

/** Which action fields each type takes, and whether they are required. */
export const ACTION_FIELDS: Record<ActionType, { team?: "optional" | "required"; priority?: "optional" | "required"; tags?: true; message?: true }> = {
  handoff: { team: "optional", priority: "optional" },
  offer_human: { message: true },
  route_team: { team: "required", priority: "optional" },
  set_priority: { priority: "required" },
  tag: { tags: true },
};

export function toAction(values: RuleValues): TriggerAction {
  const fields = ACTION_FIELDS[values.actionType];
  const action: TriggerAction = { type: values.actionType };
  if (fields.team && values.team.trim()) action.team = values.team.trim();
  if (fields.priority && values.priority) action.priority = values.priority;
  if (fields.tags) action.tags = values.tags.split(",").map((tag) => tag.trim()).filter(Boolean);
  if (fields.message && values.message.trim()) action.message = values.message.trim();
  return action;
}

export type RuleErrors = Partial<Record<keyof RuleValues, string>>;

/** The draft the API takes, or the errors to show next to the fields (checked before any request). */
export function toDraft(values: RuleValues): { draft: TriggerRuleDraft; errors?: undefined } | { draft?: undefined; errors: RuleErrors } {
  const errors: RuleErrors = {};
  let conditions: unknown;
  try {
    conditions = JSON.parse(values.conditions);
    if (!conditions || typeof conditions !== "object" || Array.isArray(conditions)) errors.conditions = "Conditions must be a JSON object, like { \"explicitRequest\": {} }.";
  } catch (error) {
    errors.conditions = `Not valid JSON: ${error instanceof Error ? error.message : "check the brackets and quotes"}`;
  }
  const position = Number(values.position);
  if (!Number.isInteger(position) || position < 0) errors.position = "A whole number, 0 or more.";
  if (!values.name.trim()) errors.name = "Give the rule a name.";
  const fields = ACTION_FIELDS[values.actionType];
  if (fields.team === "required" && !values.team.trim()) errors.team = "Which team should get the conversation?";
  if (fields.priority === "required" && !values.priority) errors.priority = "Choose a priority.";
  if (fields.tags && !values.tags.trim()) errors.tags = "Add at least one tag.";
  if (Object.keys(errors).length > 0) return { errors };
  return {
    draft: { name: values.name.trim(), reason: values.reason, enabled: values.enabled, position, conditions: conditions as TriggerConditions, action: toAction(values) },
  };
}

/** The form field a 422's first detail points at ("conditions.keywords.any" -> conditions). */
export function fieldOfIssue(details: unknown): keyof RuleValues | null {
  const first = Array.isArray(details) ? (details[0] as { path?: unknown } | undefined) : undefined;
  const path = typeof first?.path === "string" ? first.path.split(".") : [];
  const [head, sub] = path;
  if (head === "name" || head === "position" || head === "conditions" || head === "reason") return head;
  if (head === "action") return sub === "team" || sub === "priority" || sub === "tags" || sub === "message" ? sub : "actionType";
  // The draft is wrapped in { rule } for a back-test.
  if (head === "rule") return fieldOfIssue([{ path: path.slice(1).join(".") }]);
  return null;
}

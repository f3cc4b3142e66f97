// The JSON shapes of the knowledge base and widget inbox endpoints (src/app/api/knowledge/**,
// src/app/api/inboxes/**; schemas in features/knowledge and features/inboxes).

export interface KnowledgeEntry {
  id: string;
  title: string;
  exampleQuestions: string[];
  answer: string;
  tags: string[];
  language: string | null;
  enabled: boolean;
  updatedAt: string;
}

export interface KnowledgeList {
  entries: KnowledgeEntry[];
  total: number;
}

/** What POST /api/knowledge and PATCH /api/knowledge/:id accept (PATCH takes any subset). */
export interface KnowledgeEntryInput {
  title: string;
  exampleQuestions: string[];
  answer: string;
  tags: string[];
  language: string | null;
  enabled: boolean;
}

export type KnowledgeFormat = "csv" | "jsonl";
export type ImportMode = "append" | "replace";

export interface KnowledgeImportResult {
  imported: number;
  mode: ImportMode;
}

/** One bad line of an import file, from a 422's error.details. */
export interface ImportLineError {
  line: number;
  message: string;
}

export const BOT_MODES = ["BOT_WITH_AGENTS", "BOT_WHEN_OFFLINE", "BOT_ONLY", "AGENTS_ONLY"] as const;
export type BotMode = (typeof BOT_MODES)[number];

export interface WidgetTheme {
  color: string;
  position: "left" | "right";
  launcherText: string;
  logoUrl: string | null;
  greeting: string | null;
  leadForm: boolean;
}

export interface Inbox {
  id: string;
  name: string;
  channel: string;
  publicKey: string;
  allowedOrigins: string[];
  botMode: BotMode;
  theme: WidgetTheme;
  /** True once an identity secret exists; the secret itself is only ever shown when generated. */
  identityVerification: boolean;
  embedSnippet: string;
}

export interface InboxUpdate {
  name?: string;
  allowedOrigins?: string[];
  botMode?: BotMode;
  theme?: Partial<WidgetTheme>;
}

// Handoff rules (src/app/api/triggers/**; schemas in features/triggers/triggers.schemas.ts).

export const REASON_CODES = [
  "explicit_request",
  "negative_sentiment",
  "sensitive_topic",
  "high_value_intent",
  "low_confidence",
  "repeated_failure",
  "vip_customer",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const ACTION_TYPES = ["handoff", "offer_human", "route_team", "set_priority", "tag"] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type Priority = (typeof PRIORITIES)[number];

export interface TriggerAction {
  type: ActionType;
  team?: string;
  priority?: Priority;
  tags?: string[];
  message?: string;
}

/** Detector settings, keywords, contact and context conditions; edited as JSON. */
export type TriggerConditions = Record<string, unknown>;

/** What POST /api/triggers/rules and /api/triggers/backtest take (PATCH takes any subset). */
export interface TriggerRuleDraft {
  name: string;
  reason: ReasonCode;
  enabled: boolean;
  position: number;
  conditions: TriggerConditions;
  action: TriggerAction;
}

export interface TriggerRule extends TriggerRuleDraft {
  id: string;
}

export interface TriggerEvidence {
  matched?: string[];
  score?: number;
  [key: string]: string | number | boolean | null | string[] | number[] | undefined;
}

export type SimulatedRole = "visitor" | "bot" | "agent";

export interface SimulateInput {
  messages: Array<{ role: SimulatedRole; text: string; confidence?: number }>;
  contact: { vip?: boolean; plan?: string; lifetimeValue?: number; verified?: boolean };
  context?: { page?: string; channel?: "widget" | "whatsapp" | "api"; previousHandoff?: boolean; sessionMinutes?: number };
}

export interface SimulateResult {
  escalate: boolean;
  action: TriggerAction | null;
  reasons: Array<{ code: ReasonCode; ruleId: string; ruleName: string; evidence: TriggerEvidence }>;
  language: string | null;
  sentiment: { score: number; label: "negative" | "neutral" | "positive" };
}

export interface BacktestResult {
  scanned: number;
  matched: number;
  conversations: Array<{ conversationId: string; contactName: string | null; seq: number; text: string; evidence: TriggerEvidence }>;
}

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

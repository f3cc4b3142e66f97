// What the handoff brief is built from: stored rows, loosely typed where they are JSON, so the
// builder can be fed from the database, from a job payload or from a test alike.

export type BriefMessageRole = "VISITOR" | "BOT" | "AGENT" | "SYSTEM" | "NOTE";

export interface BriefMessage {
  role: BriefMessageRole;
  body: string;
  botConfidence: number | null;
  /** As the responder stores it on a bot message: { intent, sources: [{ entryId, title }], failure, ... }. */
  metadata: unknown;
}

/** A trigger reason as stored on the Handoff and the TriggerEvaluation rows. */
export interface BriefReason {
  code: string;
  ruleId?: string | null;
  ruleName?: string | null;
  /** The engine's evidence: { matched: [...], score, categories, confidences, ... }. */
  evidence?: Record<string, unknown> | null;
}

export interface BriefContact {
  name: string | null;
  email: string | null;
  identityVerified: boolean;
  /** identify() attributes: trusted only when the identity was verified. */
  attributes: unknown;
}

export interface BriefInput {
  /** The conversation in order (oldest first). */
  messages: readonly BriefMessage[];
  reasons: readonly BriefReason[];
  contact: BriefContact;
  /** The conversation's language when known; otherwise it is detected from the visitor's messages. */
  language: string | null;
  currentPage: string | null;
  /** Current titles of knowledge entries by id (an entry renamed since the bot used it shows its new title). */
  knowledgeTitles?: Readonly<Record<string, string>>;
}

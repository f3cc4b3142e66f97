import type { Script } from "../text/scripts";

export const SENSITIVE_CATEGORIES = [
  "legal",
  "fraud",
  "account_security",
  "unauthorised_charge",
  "data_deletion",
  "emergency",
  "harassment",
  "money_action",
] as const;
export type SensitiveCategory = (typeof SENSITIVE_CATEGORIES)[number];

export const HIGH_VALUE_CATEGORIES = ["enterprise_pricing", "demo", "quote", "volume", "partnership", "viewing"] as const;
export type HighValueCategory = (typeof HIGH_VALUE_CATEGORIES)[number];

/**
 * One language's phrase lists, in the pattern language of text/patterns.ts. Every list is matched on
 * every message whose script fits (detection is unreliable on short chat text, so a lexicon must not
 * depend on it); lists are general patterns, never copies of example sentences.
 */
export interface Lexicon {
  lang: string;
  script: Script;
  /** Asks for a person: "talk to a human", "transfer me", "someone from your team call me". */
  explicitRequest?: string[];
  /** Refuses the bot: "I don't want a bot". */
  botRefusal?: string[];
  /** Spans that never count as a request: "human resources", "travel agent", "my manager". */
  explicitExclude?: string[];
  /** Clear anger or disgust (weight 2). */
  negativeStrong?: string[];
  /** Complaint or impatience (weight 1): only decisive in a run or with other signals. */
  negativeMild?: string[];
  swearing?: string[];
  /** Bad reviews, going public, never buying again. */
  threat?: string[];
  sarcasm?: string[];
  /** Praise that is sarcastic only next to a complaint ("brilliant work", "nailing it"). */
  sarcasmIfNegative?: string[];
  positive?: string[];
  negativeExclude?: string[];
  sensitive?: Partial<Record<SensitiveCategory, string[]>>;
  /** Makes a money action concrete: "my order", "the charge", "you charged". */
  moneySpecific?: string[];
  /** An FAQ frame: "what is your refund policy", "how do I". */
  policyQuestion?: string[];
  sensitiveExclude?: string[];
  highValue?: Partial<Record<HighValueCategory, string[]>>;
  /** Nouns counted after a number for volume ("200 licences", "12 units"). */
  quantityUnits?: string[];
  /** A number of units is a lead only together with buying words. */
  purchaseIntent?: string[];
  highValueExclude?: string[];
  /** "That's not what I asked", "you already said that". */
  answerComplaint?: string[];
  /** "What about ...": a follow-up on a new subject, not a restatement. */
  newTopic?: string[];
  /** Questions only staff can answer (account, booking, order data). */
  staffOnly?: string[];
  /** "Never mind, thanks": the visitor stops asking. */
  giveUp?: string[];
  /** A real support problem: broken, error, missing, late, wrong item. */
  problem?: string[];
  /** Greetings and thanks with nothing else in them. */
  smallTalk?: string[];
  /** Function words ignored when comparing questions. */
  stopwords?: string[];
}

export type LexiconKey = Exclude<keyof Lexicon, "lang" | "script" | "sensitive" | "highValue" | "stopwords">;

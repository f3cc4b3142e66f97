import { z } from "zod";
import { HIGH_VALUE_CATEGORIES, SENSITIVE_CATEGORIES } from "./lexicons/types";

// Settings of each built-in detector, as stored inside a rule's conditions.

const ZPhrase = z.string().trim().min(1).max(200);
/**
 * Phrase lists per language ("en", "ar", ... or "*" for any), in the pattern language of
 * text/patterns.ts: `*agent`, `talk|speak to ~2 human`, `[a|an] agent`, `human !resources`.
 * Every list is matched whatever language is detected (detection on a three-word line is a guess).
 */
export const ZPhraseLists = z.record(z.string().regex(/^(\*|[a-z]{2,3})$/, "must be a language code or *"), z.array(ZPhrase).max(500));
export type TPhraseLists = z.infer<typeof ZPhraseLists>;

const phraseSettings = {
  /** Use the built-in multilingual lexicon (default true); false = only this rule's phrases. */
  builtIn: z.boolean().optional(),
  phrases: ZPhraseLists.optional(),
  /** Spans that never count, even when a phrase matches inside them ("travel agent"). */
  ignore: ZPhraseLists.optional(),
};

export const ZExplicitRequestSettings = z
  .object({ ...phraseSettings, widgetButton: z.boolean().optional(), botRefusal: z.boolean().optional() })
  .strict();
export const ZNegativeSentimentSettings = z
  .object({
    ...phraseSettings,
    /** Negativity needed (strong word 2, mild 1, shouting 2, swearing 2, threat 2, sarcasm 2). Default 2. */
    minScore: z.number().min(0.5).max(20).optional(),
    shouting: z.boolean().optional(),
    sarcasm: z.boolean().optional(),
    /** Consecutive mildly negative visitor messages that add one point. Default 3. */
    runLength: z.number().int().min(2).max(10).optional(),
  })
  .strict();
export const ZSensitiveTopicSettings = z
  .object({ ...phraseSettings, categories: z.array(z.enum(SENSITIVE_CATEGORIES)).min(1).optional() })
  .strict();
export const ZHighValueIntentSettings = z
  .object({
    ...phraseSettings,
    categories: z.array(z.enum(HIGH_VALUE_CATEGORIES)).min(1).optional(),
    /** Units that make an order a volume lead ("200 licences"). Default 10. */
    minQuantity: z.number().int().min(2).max(1_000_000).optional(),
  })
  .strict();
export const ZLowConfidenceSettings = z
  .object({
    threshold: z.number().min(0).max(1).optional(),
    consecutive: z.number().int().min(1).max(10).optional(),
    /** One fallback followed by a question only staff can answer (own order, account, booking). */
    fallbackThenStaffQuestion: z.boolean().optional(),
  })
  .strict();
export const ZRepeatedFailureSettings = z
  .object({
    ...phraseSettings,
    /** Share of the last question's content words already asked before. Default 0.75. */
    similarity: z.number().min(0.3).max(1).optional(),
    restatement: z.boolean().optional(),
  })
  .strict();
export const ZVipCustomerSettings = z
  .object({
    vip: z.boolean().optional(),
    plans: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
    lifetimeValueAtLeast: z.number().min(0).optional(),
    /** Only trust attributes of a verified identity (widget HMAC). Default true. */
    requireVerified: z.boolean().optional(),
    /** Only with a real support problem, not a greeting or an FAQ. Default true. */
    requireProblem: z.boolean().optional(),
    problemPhrases: ZPhraseLists.optional(),
  })
  .strict();


export type TExplicitRequestSettings = z.infer<typeof ZExplicitRequestSettings>;
export type TNegativeSentimentSettings = z.infer<typeof ZNegativeSentimentSettings>;
export type TSensitiveTopicSettings = z.infer<typeof ZSensitiveTopicSettings>;
export type THighValueIntentSettings = z.infer<typeof ZHighValueIntentSettings>;
export type TLowConfidenceSettings = z.infer<typeof ZLowConfidenceSettings>;
export type TRepeatedFailureSettings = z.infer<typeof ZRepeatedFailureSettings>;
export type TVipCustomerSettings = z.infer<typeof ZVipCustomerSettings>;

import { z } from "zod";
import {
  ZExplicitRequestSettings,
  ZHighValueIntentSettings,
  ZLowConfidenceSettings,
  ZNegativeSentimentSettings,
  ZPhraseLists,
  ZRepeatedFailureSettings,
  ZSensitiveTopicSettings,
  ZVipCustomerSettings,
} from "./detector-settings.schemas";

export * from "./detector-settings.schemas";

export const REASON_CODES = [
  "explicit_request",
  "negative_sentiment",
  "sensitive_topic",
  "high_value_intent",
  "low_confidence",
  "repeated_failure",
  "vip_customer",
] as const;
export const ZReasonCode = z.enum(REASON_CODES);
export type TReasonCode = z.infer<typeof ZReasonCode>;

export const ZTriggerChannel = z.enum(["widget", "whatsapp", "api"]);
export const ZBusinessHours = z.enum(["open", "closed"]);

export const ZKeywordCondition = z
  .object({
    any: ZPhraseLists.optional(),
    none: ZPhraseLists.optional(),
    /** Where to look: the last visitor message (default) or every visitor message so far. */
    scope: z.enum(["last_message", "visitor_messages"]).optional(),
  })
  .strict()
  .refine((k) => k.any !== undefined || k.none !== undefined, "needs an any or a none list");
export type TKeywordCondition = z.infer<typeof ZKeywordCondition>;

export const ZContactCondition = z
  .object({
    verified: z.boolean().optional(),
    vip: z.boolean().optional(),
    plans: z.array(z.string().trim().min(1).max(60)).min(1).max(50).optional(),
    lifetimeValueAtLeast: z.number().min(0).optional(),
  })
  .strict();

const SIGNALS = ["explicitRequest", "negativeSentiment", "sensitiveTopic", "highValueIntent", "lowConfidence", "repeatedFailure", "vipCustomer", "keywords"] as const;
export type SignalKey = (typeof SIGNALS)[number];
export const SIGNAL_KEYS: readonly SignalKey[] = SIGNALS;

/**
 * What must hold for a rule to fire. Signals (detectors and keywords) combine with `match`
 * (default "all": a sensitive keyword AND low confidence); contact and context conditions always narrow.
 */
export const ZTriggerConditions = z
  .object({
    match: z.enum(["all", "any"]).optional(),
    explicitRequest: ZExplicitRequestSettings.optional(),
    negativeSentiment: ZNegativeSentimentSettings.optional(),
    sensitiveTopic: ZSensitiveTopicSettings.optional(),
    highValueIntent: ZHighValueIntentSettings.optional(),
    lowConfidence: ZLowConfidenceSettings.optional(),
    repeatedFailure: ZRepeatedFailureSettings.optional(),
    vipCustomer: ZVipCustomerSettings.optional(),
    keywords: ZKeywordCondition.optional(),
    contact: ZContactCondition.optional(),
    previousHandoff: z.boolean().optional(),
    sessionMinutesOver: z.number().min(0).max(24 * 60).optional(),
    /** Globs on the visitor's current page path: "/pricing*". */
    pageMatches: z.array(z.string().trim().min(1).max(300)).min(1).max(50).optional(),
    channel: z.array(ZTriggerChannel).min(1).optional(),
    businessHours: ZBusinessHours.optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).some((k) => k !== "match"), "a rule needs at least one condition");
export type TTriggerConditions = z.infer<typeof ZTriggerConditions>;

export const ZPriority = z.enum(["low", "normal", "high", "urgent"]);
const ZTeamName = z.string().trim().min(1).max(100);

export const ZTriggerAction = z.discriminatedUnion("type", [
  z.object({ type: z.literal("handoff"), team: ZTeamName.optional(), priority: ZPriority.optional() }).strict(),
  z.object({ type: z.literal("offer_human"), message: z.string().trim().min(1).max(500).optional() }).strict(),
  z.object({ type: z.literal("route_team"), team: ZTeamName, priority: ZPriority.optional() }).strict(),
  z.object({ type: z.literal("set_priority"), priority: ZPriority }).strict(),
  z.object({ type: z.literal("tag"), tags: z.array(z.string().trim().min(1).max(40)).min(1).max(10) }).strict(),
]);
export type TTriggerAction = z.infer<typeof ZTriggerAction>;

export const ZTriggerRule = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(100),
  reason: ZReasonCode,
  enabled: z.boolean(),
  /** Lower runs first and wins ties between actions of the same strength. */
  position: z.number().int().min(0),
  conditions: ZTriggerConditions,
  action: ZTriggerAction,
});
export type TTriggerRule = z.infer<typeof ZTriggerRule>;

/** A rule being edited or back-tested before it has an id. */
export const ZTriggerRuleDraft = ZTriggerRule.omit({ id: true });
export type TTriggerRuleDraft = z.infer<typeof ZTriggerRuleDraft>;

export const ZTriggerMessage = z.object({
  role: z.enum(["visitor", "bot", "agent"]),
  text: z.string().max(8000),
  /** The responder's confidence for a bot answer. */
  confidence: z.number().min(0).max(1).nullish(),
  /** `{ action: "request_human" }` when the visitor pressed the widget's "talk to a human" button. */
  metadata: z.object({ action: z.string().max(60).optional() }).passthrough().nullish(),
});
export type TTriggerMessage = z.infer<typeof ZTriggerMessage>;

export const ZContactAttributes = z
  .object({
    verified: z.boolean().optional(),
    vip: z.boolean().optional(),
    plan: z.string().max(60).optional(),
    lifetimeValue: z.number().optional(),
  })
  .catchall(z.union([z.string().max(500), z.number(), z.boolean(), z.null()]));
export type TContactAttributes = z.infer<typeof ZContactAttributes>;

export const ZTriggerContext = z
  .object({
    channel: ZTriggerChannel.optional(),
    page: z.string().max(2000).optional(),
    previousHandoff: z.boolean().optional(),
    sessionMinutes: z.number().min(0).optional(),
    businessHours: ZBusinessHours.optional(),
  })
  .strict();
export type TTriggerContext = z.infer<typeof ZTriggerContext>;

export const ZSimulateInput = z.object({
  messages: z.array(ZTriggerMessage).min(1).max(200),
  contact: ZContactAttributes.default({}),
  context: ZTriggerContext.optional(),
});
export type TSimulateInput = z.infer<typeof ZSimulateInput>;

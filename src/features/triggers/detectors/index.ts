import type { ConversationView } from "../engine/conversation";
import type { SignalKey, TReasonCode, TTriggerConditions } from "../triggers.schemas";
import type { DetectorHit } from "../triggers.types";
import { detectExplicitRequest } from "./explicit-request";
import { detectHighValueIntent } from "./high-value-intent";
import { detectLowConfidence } from "./low-confidence";
import { detectNegativeSentiment } from "./negative-sentiment";
import { detectRepeatedFailure } from "./repeated-failure";
import { detectSensitiveTopic } from "./sensitive-topic";
import { detectVipCustomer } from "./vip-customer";

export type DetectorKey = Exclude<SignalKey, "keywords">;

type Detector = (view: ConversationView, settings: never) => DetectorHit | null;

export const DETECTORS: Record<DetectorKey, Detector> = {
  explicitRequest: detectExplicitRequest,
  negativeSentiment: detectNegativeSentiment,
  sensitiveTopic: detectSensitiveTopic,
  highValueIntent: detectHighValueIntent,
  lowConfidence: detectLowConfidence,
  repeatedFailure: detectRepeatedFailure,
  vipCustomer: detectVipCustomer,
};

/** The detector behind each reason code (a rule's reason names which detector's evidence leads). */
export const DETECTOR_FOR_REASON: Record<TReasonCode, DetectorKey> = {
  explicit_request: "explicitRequest",
  negative_sentiment: "negativeSentiment",
  sensitive_topic: "sensitiveTopic",
  high_value_intent: "highValueIntent",
  low_confidence: "lowConfidence",
  repeated_failure: "repeatedFailure",
  vip_customer: "vipCustomer",
};

// Rules are reused across evaluations, so their settings objects are serialised once.
const keys = new WeakMap<object, string>();
function settingsKey(settings: object | undefined): string {
  if (!settings) return "{}";
  let key = keys.get(settings);
  if (key === undefined) {
    key = JSON.stringify(settings);
    keys.set(settings, key);
  }
  return key;
}

/** Runs a detector once per evaluation for each distinct settings object (50 rules often share defaults). */
export function runDetector(key: DetectorKey, conditions: TTriggerConditions, view: ConversationView, cache: Map<string, DetectorHit | null>): DetectorHit | null {
  const settings = conditions[key];
  const cacheKey = `${key}:${settingsKey(settings)}`;
  if (cache.has(cacheKey)) return cache.get(cacheKey) ?? null;
  const hit = (DETECTORS[key] as (v: ConversationView, s: typeof settings) => DetectorHit | null)(view, settings);
  cache.set(cacheKey, hit);
  return hit;
}

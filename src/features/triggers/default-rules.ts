import type { TTriggerRule } from "./triggers.schemas";

/**
 * The rules every new workspace starts with: one per reason code, each handing off with the
 * built-in multilingual detectors at their default thresholds (2 bot answers under 0.4, lifetime
 * value 10,000, ...). Teams are referenced by name ("Sales") and resolved when the rule runs, so a
 * workspace without that team still hands off to the default queue.
 */
export function defaultTriggerRules(): TTriggerRule[] {
  return [
    {
      id: "default-explicit-request",
      name: "Visitor asks for a person",
      reason: "explicit_request",
      enabled: true,
      position: 0,
      conditions: { explicitRequest: {} },
      action: { type: "handoff" },
    },
    {
      id: "default-sensitive-topic",
      name: "Sensitive topic (legal, fraud, money at stake, safety)",
      reason: "sensitive_topic",
      enabled: true,
      position: 1,
      conditions: { sensitiveTopic: {} },
      action: { type: "handoff", priority: "high" },
    },
    {
      id: "default-negative-sentiment",
      name: "Angry or frustrated visitor",
      reason: "negative_sentiment",
      enabled: true,
      position: 2,
      conditions: { negativeSentiment: {} },
      action: { type: "handoff", priority: "high" },
    },
    {
      id: "default-vip-customer",
      name: "VIP customer with a real problem",
      reason: "vip_customer",
      enabled: true,
      position: 3,
      conditions: { vipCustomer: {} },
      action: { type: "handoff", priority: "high" },
    },
    {
      id: "default-high-value-intent",
      name: "Sales lead (custom pricing, volume, demo, viewing, partnership)",
      reason: "high_value_intent",
      enabled: true,
      position: 4,
      conditions: { highValueIntent: {} },
      action: { type: "handoff", team: "Sales" },
    },
    {
      id: "default-repeated-failure",
      name: "Bot answer did not help",
      reason: "repeated_failure",
      enabled: true,
      position: 5,
      conditions: { repeatedFailure: {} },
      action: { type: "handoff" },
    },
    {
      id: "default-low-confidence",
      name: "Bot is not sure (2 answers under 0.4)",
      reason: "low_confidence",
      enabled: true,
      position: 6,
      conditions: { lowConfidence: { threshold: 0.4, consecutive: 2 } },
      action: { type: "handoff" },
    },
  ];
}

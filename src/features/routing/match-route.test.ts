import { describe, expect, it } from "vitest";
import { matchRoute, type RouteRule, type RouteSignals } from "./match-route";

let counter = 0;
const rule = (over: Partial<RouteRule> = {}): RouteRule => ({
  id: over.id ?? `rule-${++counter}`,
  enabled: true,
  position: 0,
  reasons: [],
  keywords: [],
  intents: [],
  languages: [],
  tiers: [],
  teamId: "team-support",
  ...over,
});
const signals = (over: Partial<RouteSignals> = {}): RouteSignals => ({ reasons: [], text: "", intent: null, language: null, tier: null, ...over });

describe("matchRoute", () => {
  it("returns null without rules or when nothing matches", () => {
    expect(matchRoute([], signals())).toBeNull();
    expect(matchRoute([rule({ reasons: ["high_value_intent"] })], signals({ reasons: ["negative_sentiment"] }))).toBeNull();
  });

  it("treats a rule with every list empty as a catch-all", () => {
    expect(matchRoute([rule({ id: "all", teamId: "team-any" })], signals({ text: "anything" }))).toEqual({ teamId: "team-any", ruleId: "all" });
  });

  it("checks rules in position order, first match wins, skipping disabled ones", () => {
    const rules = [
      rule({ id: "catch-all", position: 9, teamId: "team-support" }),
      rule({ id: "sales", position: 1, reasons: ["high_value_intent"], teamId: "team-sales" }),
      rule({ id: "disabled", position: 0, enabled: false, teamId: "team-nobody" }),
    ];
    expect(matchRoute(rules, signals({ reasons: ["high_value_intent"] }))).toEqual({ teamId: "team-sales", ruleId: "sales" });
    expect(matchRoute(rules, signals({ reasons: ["explicit_request"] }))).toEqual({ teamId: "team-support", ruleId: "catch-all" });
  });

  it("keeps the given order between rules with the same position", () => {
    const rules = [rule({ id: "first", position: 2, teamId: "a" }), rule({ id: "second", position: 2, teamId: "b" })];
    expect(matchRoute(rules, signals())?.ruleId).toBe("first");
    expect(matchRoute([...rules].reverse(), signals())?.ruleId).toBe("second");
  });

  it("requires every non-empty list to match (AND across lists, OR within one)", () => {
    const billingVipGerman = rule({ id: "r", reasons: ["sensitive_topic", "negative_sentiment"], keywords: ["refund"], languages: ["de"], tiers: ["enterprise"] });
    const full = signals({ reasons: ["negative_sentiment"], text: "Ich will einen Refund!", language: "de", tier: "enterprise" });
    expect(matchRoute([billingVipGerman], full)?.ruleId).toBe("r");
    expect(matchRoute([billingVipGerman], { ...full, reasons: ["explicit_request"] })).toBeNull();
    expect(matchRoute([billingVipGerman], { ...full, text: "Wo ist meine Bestellung?" })).toBeNull();
    expect(matchRoute([billingVipGerman], { ...full, language: "en" })).toBeNull();
    expect(matchRoute([billingVipGerman], { ...full, language: null })).toBeNull();
    expect(matchRoute([billingVipGerman], { ...full, tier: "free" })).toBeNull();
    expect(matchRoute([billingVipGerman], { ...full, tier: null })).toBeNull();
  });

  it("matches keywords as whole words or phrases, ignoring case, accents and punctuation", () => {
    const r = (keywords: string[]) => [rule({ id: "k", keywords })];
    expect(matchRoute(r(["refund"]), signals({ text: "I want a REFUND!!" }))).not.toBeNull();
    expect(matchRoute(r(["refund"]), signals({ text: "the refundable deposit" }))).toBeNull();
    expect(matchRoute(r(["money back"]), signals({ text: "give me my money-back, now" }))).not.toBeNull();
    expect(matchRoute(r(["money back"]), signals({ text: "money is back" }))).toBeNull();
    expect(matchRoute(r(["reembolso"]), signals({ text: "Quiero un rEEmbólso ya" }))).not.toBeNull();
    expect(matchRoute(r(["facturación"]), signals({ text: "problema con la facturacion" }))).not.toBeNull();
    expect(matchRoute(r(["can't log in"]), signals({ text: "I cant log in since monday" }))).not.toBeNull();
    expect(matchRoute(r(["cancel", "refund"]), signals({ text: "please cancel my plan" }))).not.toBeNull();
  });

  it("finds keywords inside text of scripts written without spaces", () => {
    expect(matchRoute([rule({ id: "zh", keywords: ["退款"] })], signals({ text: "我想要退款，谢谢" }))?.ruleId).toBe("zh");
    expect(matchRoute([rule({ id: "zh", keywords: ["退款"] })], signals({ text: "我想改地址" }))).toBeNull();
  });

  it("matches intents ignoring case and separators", () => {
    const r = [rule({ id: "i", intents: ["pricing", "Demo Request"] })];
    expect(matchRoute(r, signals({ intent: "Pricing" }))?.ruleId).toBe("i");
    expect(matchRoute(r, signals({ intent: "demo_request" }))?.ruleId).toBe("i");
    expect(matchRoute(r, signals({ intent: "shipping_time" }))).toBeNull();
    expect(matchRoute(r, signals({ intent: null }))).toBeNull();
  });

  it("matches languages by base code unless both name different regions", () => {
    const pt = [rule({ id: "pt", languages: ["pt"] })];
    expect(matchRoute(pt, signals({ language: "pt" }))).not.toBeNull();
    expect(matchRoute(pt, signals({ language: "pt-BR" }))).not.toBeNull();
    expect(matchRoute(pt, signals({ language: "es" }))).toBeNull();
    const brazil = [rule({ id: "br", languages: ["pt-BR"] })];
    expect(matchRoute(brazil, signals({ language: "pt" }))).not.toBeNull();
    expect(matchRoute(brazil, signals({ language: "PT-br" }))).not.toBeNull();
    expect(matchRoute(brazil, signals({ language: "pt-PT" }))).toBeNull();
  });

  it("matches tiers case-insensitively", () => {
    const r = [rule({ id: "t", tiers: ["Enterprise", "VIP"] })];
    expect(matchRoute(r, signals({ tier: "enterprise" }))).not.toBeNull();
    expect(matchRoute(r, signals({ tier: "vip" }))).not.toBeNull();
    expect(matchRoute(r, signals({ tier: "pro" }))).toBeNull();
  });

  it("never matches a list that holds only blank entries", () => {
    const r = [rule({ id: "blank", keywords: [" ", "!!!"] }), rule({ id: "fallback", position: 1 })];
    expect(matchRoute(r, signals({ text: "hello !!!" }))?.ruleId).toBe("fallback");
  });
});

import { describe, expect, it } from "vitest";
import { defaultTriggerRules } from "./default-rules";
import { evaluateConversation } from "./evaluate-conversation";
import { bot, visitor } from "./test-helpers";
import { type TTriggerContext, type TTriggerMessage, type TTriggerRule, ZSimulateInput } from "./triggers.schemas";

const rule = (over: Partial<TTriggerRule> & Pick<TTriggerRule, "conditions">): TTriggerRule => ({
  id: over.id ?? "r1",
  name: over.name ?? "test rule",
  reason: over.reason ?? "sensitive_topic",
  enabled: over.enabled ?? true,
  position: over.position ?? 0,
  conditions: over.conditions,
  action: over.action ?? { type: "handoff" },
});
const run = (messages: TTriggerMessage[] | string, rules: TTriggerRule[], context?: TTriggerContext) =>
  evaluateConversation({ messages: typeof messages === "string" ? [visitor(messages)] : messages, contact: {}, rules, context });
const fallbacks = [visitor("can I sue over a late parcel?"), bot("Sorry, I don't know.", 0.3), visitor("is a lawsuit worth it?")];

describe("evaluateConversation with the default rules", () => {
  it("escalates with an explainable reason, language and sentiment", () => {
    const d = run("I'VE BEEN IN THIS CHAT FOR 20 MINUTES. GET ME A HUMAN NOW", defaultTriggerRules());
    expect(d.escalate).toBe(true);
    expect(d.action).toEqual({ type: "handoff" });
    expect(d.reasons.map((r) => r.code).sort()).toEqual(["explicit_request", "negative_sentiment"]);
    expect(d.reasons.find((r) => r.code === "explicit_request")?.evidence.matched).toContain("get me a human");
    expect(d.language).toBe("en");
    expect(d.sentiment.label).toBe("negative");
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it("leaves an FAQ to the bot", () => {
    const d = run("what are your customer support hours on weekends?", defaultTriggerRules());
    expect(d).toMatchObject({ escalate: false, action: null, reasons: [] });
  });

  it("decides on the last visitor message, not on old ones nor on turns after it", () => {
    const old = [visitor("get me a human"), bot("Sure, what's your order number?", 0.9), visitor("it's 4410")];
    expect(run(old, defaultTriggerRules()).escalate).toBe(false);
    const trailing = [visitor("transfer me to an agent"), bot("Connecting you now.", 0.9)];
    expect(run(trailing, defaultTriggerRules()).reasons.map((r) => r.code)).toEqual(["explicit_request"]);
    expect(run([bot("Hello!", 0.9)], defaultTriggerRules()).escalate).toBe(false);
  });
});

describe("rules", () => {
  it("skips disabled rules", () => {
    const rules = defaultTriggerRules().map((r) => (r.reason === "explicit_request" ? { ...r, enabled: false } : r));
    expect(run("transfer me to an agent", rules).escalate).toBe(false);
  });

  it("combines a keyword AND low confidence", () => {
    const combo = rule({ conditions: { keywords: { any: { en: ["*lawsuit*", "sue"] } }, lowConfidence: { consecutive: 1 } } });
    const d = run(fallbacks, [combo]);
    expect(d.escalate).toBe(true);
    expect(d.reasons[0]?.evidence).toMatchObject({ matched: ["lawsuit"], signals: ["lowConfidence", "keywords"] });
    expect(run("is a lawsuit worth it?", [combo]).escalate).toBe(false);
  });

  it("combines signals with any", () => {
    const either = rule({ conditions: { match: "any", keywords: { any: { "*": ["refund"] } }, explicitRequest: {} } });
    expect(run("refund please", [either]).escalate).toBe(true);
    expect(run("talk to a human", [either]).escalate).toBe(true);
    expect(run("hello", [either]).escalate).toBe(false);
  });

  it("applies a none keyword list", () => {
    const r = rule({ conditions: { explicitRequest: {}, keywords: { none: { en: ["test"] } } } });
    expect(run("this is a test, talk to a human", [r]).escalate).toBe(false);
  });

  it.each<[string, TTriggerRule["conditions"], TTriggerContext, TTriggerContext]>([
    ["previousHandoff", { explicitRequest: {}, previousHandoff: true }, { previousHandoff: true }, {}],
    ["sessionMinutesOver", { explicitRequest: {}, sessionMinutesOver: 15 }, { sessionMinutes: 20 }, { sessionMinutes: 10 }],
    ["pageMatches", { explicitRequest: {}, pageMatches: ["/pricing*"] }, { page: "https://shop.test/pricing/enterprise?x=1" }, { page: "/blog/pricing" }],
    ["channel", { explicitRequest: {}, channel: ["whatsapp"] }, { channel: "whatsapp" }, { channel: "widget" }],
    ["businessHours", { explicitRequest: {}, businessHours: "closed" }, { businessHours: "closed" }, { businessHours: "open" }],
  ])("context condition %s", (_name, conditions, yes, no) => {
    expect(run("talk to a human", [rule({ conditions })], yes).escalate).toBe(true);
    expect(run("talk to a human", [rule({ conditions })], no).escalate).toBe(false);
    expect(run("talk to a human", [rule({ conditions })], yes).reasons[0]?.evidence.context).toHaveLength(1);
  });

  it("filters on contact attributes", () => {
    const r = rule({ conditions: { explicitRequest: {}, contact: { plans: ["enterprise"] } } });
    const input = (plan: string) => ({ messages: [visitor("talk to a human")], contact: { plan }, rules: [r] });
    expect(evaluateConversation(input("Enterprise")).escalate).toBe(true);
    expect(evaluateConversation(input("free")).escalate).toBe(false);
  });

  it("fires on a context condition alone (a page rule)", () => {
    const r = rule({ reason: "high_value_intent", conditions: { pageMatches: ["/enterprise"] }, action: { type: "offer_human" } });
    const d = run("hi", [r], { page: "/enterprise" });
    expect(d).toMatchObject({ escalate: false, action: { type: "offer_human" } });
  });
});

describe("action selection", () => {
  const tag = rule({ id: "tag", position: 0, conditions: { explicitRequest: {} }, action: { type: "tag", tags: ["asked-for-human"] } });
  const offer = rule({ id: "offer", position: 1, conditions: { explicitRequest: {} }, action: { type: "offer_human" } });
  const route = rule({ id: "route", position: 3, conditions: { explicitRequest: {} }, action: { type: "route_team", team: "Support" } });
  const handoff = rule({ id: "handoff", position: 2, conditions: { explicitRequest: {} }, action: { type: "handoff", team: "Sales" } });

  it("picks the strongest action and keeps the others", () => {
    const d = run("talk to a human", [route, tag, offer, handoff]);
    expect(d.action).toEqual({ type: "handoff", team: "Sales" });
    expect(d.actions.map((a) => a.type)).toEqual(["tag", "offer_human", "handoff", "route_team"]);
    expect(d.escalate).toBe(true);
  });

  it("does not escalate for an offer or a tag alone", () => {
    expect(run("talk to a human", [tag, offer])).toMatchObject({ escalate: false, action: { type: "offer_human" } });
    expect(run("talk to a human", [tag])).toMatchObject({ escalate: false, action: { type: "tag" } });
  });
});

describe("ZSimulateInput", () => {
  it("parses the simulator payload and feeds the engine", () => {
    const input = ZSimulateInput.parse({ messages: [{ role: "visitor", text: "Je voudrais parler à un conseiller" }] });
    const d = evaluateConversation({ ...input, rules: defaultTriggerRules() });
    expect(d).toMatchObject({ escalate: true, language: "fr" });
    expect(() => ZSimulateInput.parse({ messages: [{ role: "robot", text: "x" }] })).toThrow();
  });
});

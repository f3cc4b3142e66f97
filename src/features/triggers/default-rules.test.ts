import { describe, expect, it } from "vitest";
import { defaultTriggerRules } from "./default-rules";
import { evaluateConversation } from "./evaluate-conversation";
import { REASON_CODES, ZTriggerRule } from "./triggers.schemas";

describe("defaultTriggerRules", () => {
  it("are valid rule data, one enabled handoff rule per reason code", () => {
    const rules = defaultTriggerRules();
    for (const r of rules) expect(ZTriggerRule.parse(r)).toEqual(r);
    expect(new Set(rules.map((r) => r.reason))).toEqual(new Set(REASON_CODES));
    expect(rules.every((r) => r.enabled && r.action.type === "handoff")).toBe(true);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  // "can I talk to a real person" in each language a new workspace must understand out of the box.
  it.each([
    ["en", "can I talk to a real person"],
    ["ar", "هل يمكنني التحدث مع شخص حقيقي؟"],
    ["ur", "کیا میں کسی اصلی انسان سے بات کر سکتا ہوں؟"],
    ["es", "¿Puedo hablar con una persona real?"],
    ["fr", "Est-ce que je peux parler à une vraie personne ?"],
    ["de", "Kann ich mit einer echten Person sprechen?"],
    ["pt", "Posso falar com uma pessoa de verdade?"],
    ["hi", "क्या मैं किसी असली इंसान से बात कर सकता हूँ?"],
    ["hi", "kya main kisi real person se baat kar sakta hoon?"],
    ["tr", "Gerçek bir kişiyle konuşabilir miyim?"],
    ["id", "Bisakah saya bicara dengan orang sungguhan?"],
  ])("%s: %s escalates with explicit_request", (lang, text) => {
    const d = evaluateConversation({ messages: [{ role: "visitor", text }], contact: {}, rules: defaultTriggerRules() });
    expect(d.escalate).toBe(true);
    expect(d.reasons.map((r) => r.code)).toContain("explicit_request");
    expect(d.language).toBe(lang);
  });
});

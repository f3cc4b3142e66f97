import { describe, expect, it } from "vitest";
import { defaultTriggerRules } from "@/features/triggers/default-rules";
import { toTriggerContact, toTriggerMessages } from "@/features/triggers/engine-input";
import { evaluateConversation } from "@/features/triggers/evaluate-conversation";
import { botPhrase } from "@/lib/bot-phrases";
import { clip } from "./brief-text";
import type { BriefContact, BriefInput, BriefMessage, BriefReason } from "./brief.types";
import { buildExtractiveBrief, contactTier, sentimentTrend } from "./build-extractive-brief";

// Messages as the responder stores them (reply-to-visitor.ts): confidence on the row, intent and
// sources in metadata, the fallback phrase as the body when it did not know.
const visitor = (body: string): BriefMessage => ({ role: "VISITOR", body, botConfidence: null, metadata: null });
const agent = (body: string): BriefMessage => ({ role: "AGENT", body, botConfidence: null, metadata: null });
const bot = (body: string, confidence: number, { intent = null, sources = [] }: { intent?: string | null; sources?: Array<[string, string]> } = {}): BriefMessage => ({
  role: "BOT",
  body,
  botConfidence: confidence,
  metadata: { streamId: "s", offerHuman: false, responder: "embedded", intent, sources: sources.map(([entryId, title]) => ({ entryId, title, score: 0.6 })) },
});
const dontKnow = (confidence: number, language = "en") => ({ ...bot(botPhrase("dontKnow", language), confidence), metadata: { responder: "embedded", offerHuman: true, intent: null, sources: [{ entryId: "kb-near", title: "Near miss", score: 0.2 }] } });
const system = (body: string): BriefMessage => ({ role: "SYSTEM", body, botConfidence: null, metadata: { queuePosition: 1 } });
const anonymous: BriefContact = { name: null, email: null, identityVerified: false, attributes: {} };

/** Reasons exactly as the live path stores them: the default rules run on the conversation. */
function triggerReasons(messages: BriefMessage[], contact: BriefContact): BriefReason[] {
  const rows = messages.map((m, i) => ({ seq: i + 1, ...m }));
  const decision = evaluateConversation({ messages: toTriggerMessages(rows), contact: toTriggerContact(contact), rules: defaultTriggerRules() });
  return decision.reasons.map((r) => ({ code: r.code, ruleId: r.ruleId, ruleName: r.ruleName, evidence: r.evidence }));
}

function brief(messages: BriefMessage[], over: Partial<BriefInput> = {}) {
  const contact = over.contact ?? anonymous;
  const reasons = over.reasons ?? triggerReasons(messages, contact);
  return buildExtractiveBrief({ messages, reasons, contact, language: null, currentPage: "https://shop.example/account/orders", ...over });
}

/** Every “quoted” fragment of the summary is the visitor's or a trigger's own words: nothing made up. */
function quotesAreVerbatim(summary: string, messages: BriefMessage[]) {
  const visitorText = messages.filter((m) => m.role === "VISITOR").map((m) => m.body.replace(/\s+/g, " ")).join("\n").toLowerCase();
  for (const [, quoted] of summary.matchAll(/“([^”]+)”/g)) {
    expect(visitorText).toContain(quoted!.replace(/…$/, "").toLowerCase());
  }
}
const sentenceCount = (summary: string) => summary.split(/(?<=[.!?…][”]?)\s+(?=[A-Z])/).length;

describe("buildExtractiveBrief", () => {
  it("briefs an angry refund request from a verified enterprise customer", () => {
    const ana: BriefContact = { name: "Ana Ruiz", email: "ana@example.com", identityVerified: true, attributes: { plan: "Enterprise", company: "Acme" } };
    const messages = [
      visitor("hi"),
      bot("Hello! How can I help you today?", 0.9),
      visitor("I was charged twice for order 58213 and I want a refund"),
      dontKnow(0.21),
      system("I'm connecting you with a person from our team."),
      visitor("This is ridiculous!! I want my money back NOW, you are useless"),
    ];
    const result = brief(messages, { contact: ana });

    expect(result.summary).toBe(
      "Ana Ruiz wrote: “I was charged twice for order 58213 and I want a refund”. Latest message: “This is ridiculous!! I want my money back NOW, you are useless”. " +
        "Handed to a person because it is a sensitive topic (“my money”), the visitor is upset (“ridiculous”, “useless”) and a VIP customer has a problem.",
    );
    quotesAreVerbatim(result.summary, messages);
    expect(result).toMatchObject({ summarySource: "extractive", intent: "refund", language: "en", sentimentTrend: "worsening", currentPage: "https://shop.example/account/orders" });
    expect(result.contact).toEqual({ name: "Ana Ruiz", email: "ana@example.com", verified: true, tier: "Enterprise", attributes: { plan: "Enterprise", company: "Acme" } });
    expect(result.reasons.map((r) => r.code)).toEqual(["sensitive_topic", "negative_sentiment", "vip_customer"]);
    expect(result.reasons[1]?.evidence).toBe("Angry or frustrated visitor: “ridiculous”, “useless”; score 4.5");
    expect(result.reasons[2]?.evidence).toBe("VIP customer with a real problem: “useless”; tier plan Enterprise");
    // "hi" is not a question; the refund question went unanswered and used no article.
    expect(result.botTried).toEqual([{ question: "I was charged twice for order 58213 and I want a refund", answer: null, confidence: 0.21, sources: [] }]);
  });

  it("does not trust identify() attributes of an unverified visitor", () => {
    const claimed: BriefContact = { name: "Max", email: "max@example.com", identityVerified: false, attributes: { plan: "enterprise", vip: true, tier: "platinum" } };
    const result = brief([visitor("where is my parcel?")], { contact: claimed, reasons: [] });
    expect(result.contact).toEqual({ name: "Max", email: "max@example.com", verified: false, tier: null, attributes: {} });
  });

  it("takes the tier from a tier attribute, then the VIP flag, then the plan", () => {
    expect(contactTier({ tier: "Gold", vip: true, plan: "pro" })).toBe("Gold");
    expect(contactTier({ vip: true, plan: "pro" })).toBe("vip");
    expect(contactTier({ vip: "yes", plan: "pro" })).toBe("pro");
    expect(contactTier({ tier: "  ", lifetimeValue: 50_000 })).toBeNull();
  });

  it("briefs a sales lead handed off before the bot said anything", () => {
    const messages = [visitor("Do you have enterprise pricing for 300 seats? We'd like a demo next week")];
    const result = brief(messages);
    expect(result.summary).toBe(
      "The visitor wrote: “Do you have enterprise pricing for 300 seats? We'd like a demo next week”. Handed to a person because it looks like a sales lead (“enterprise pricing”, “like a demo”).",
    );
    expect(result.intent).toBe("pricing");
    expect(result.sentimentTrend).toBe("steady");
    expect(result.botTried).toEqual([]);
    expect(result.reasons).toEqual([
      {
        code: "high_value_intent",
        evidence: "Sales lead (custom pricing, volume, demo, viewing, partnership): “enterprise pricing”, “like a demo”, “300 seats”; enterprise pricing, demo, volume; quantity 300",
      },
    ]);
  });

  it("shows what the bot tried when it keeps failing", () => {
    const messages = [
      visitor("how do I transfer my license to a new laptop?"),
      dontKnow(0.12),
      visitor("I need to move my license key to another computer"),
      dontKnow(0.18),
      visitor("license transfer to a new computer??"),
    ];
    const result = brief(messages);
    expect(result.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["low_confidence"]));
    expect(result.reasons.find((r) => r.code === "low_confidence")?.evidence).toBe("Bot is not sure (2 answers under 0.4): bot confidence 0.18, 0.12 (threshold 0.4)");
    expect(result.botTried).toEqual([
      { question: "how do I transfer my license to a new laptop?", answer: null, confidence: 0.12, sources: [] },
      { question: "I need to move my license key to another computer", answer: null, confidence: 0.18, sources: [] },
    ]);
    expect(result.summary).toContain("The visitor wrote: “how do I transfer my license to a new laptop?” Latest message: “license transfer to a new computer??”");
    expect(result.summary).toContain("the bot was not confident enough to answer");
    expect(sentenceCount(result.summary)).toBeLessThanOrEqual(3);
    expect(result.intent).toBeNull();
  });

  it("says what the bot could not answer when no rule explains the handoff", () => {
    const messages = [visitor("can I change the delivery address?"), bot("Yes, from your account page until the parcel ships.", 0.82, { sources: [["kb-addr", "Change address"]] }), visitor("and can I pay by invoice?"), dontKnow(0.2)];
    const result = brief(messages, { reasons: [] });
    expect(result.summary).toBe("The visitor wrote: “can I change the delivery address?” Latest message: “and can I pay by invoice?” The bot could not answer 1 of 2 questions.");
    expect(result.intent).toBe("Change address");
  });

  it("briefs a Spanish conversation: language detected, the visitor quoted in their words", () => {
    const messages = [
      visitor("¿Cuánto tarda el envío a Madrid?"),
      bot("El envío estándar tarda de 3 a 5 días laborables.", 0.81, { intent: "shipping_time", sources: [["kb-ship", "Shipping times"]] }),
      visitor("no es lo que pregunté, quiero hablar con una persona"),
    ];
    const result = brief(messages, { knowledgeTitles: { "kb-ship": "Plazos de envío" } });
    expect(result.language).toBe("es");
    expect(result.intent).toBe("shipping_time");
    expect(result.summary).toBe(
      "The visitor wrote: “¿Cuánto tarda el envío a Madrid?” Latest message: “no es lo que pregunté, quiero hablar con una persona”. " +
        "Handed to a person because the visitor asked for a person (“quiero hablar con una persona”) and the bot's answers did not help (“no es lo que pregunte”).",
    );
    // The current title of the article, not the one stored when the bot answered.
    expect(result.botTried).toEqual([{ question: "¿Cuánto tarda el envío a Madrid?", answer: "El envío estándar tarda de 3 a 5 días laborables.", confidence: 0.81, sources: [{ id: "kb-ship", title: "Plazos de envío" }] }]);
  });

  it("recognises the bot's fallback line in the visitor's language, and keeps a known language", () => {
    const messages = [visitor("Wo ist meine Bestellung 4471?"), dontKnow(0.1, "de"), visitor("Hallo?? Ich warte seit zwei Wochen auf meine Bestellung")];
    const result = brief(messages, { language: "de", reasons: [] });
    expect(result.language).toBe("de");
    expect(result.botTried[0]).toMatchObject({ question: "Wo ist meine Bestellung 4471?", answer: null });
  });

  it("briefs a widget-button handoff before any message", () => {
    const result = brief([], { reasons: [{ code: "explicit_request", ruleId: null, evidence: { via: "widget_button" } }] });
    expect(result.summary).toBe("The visitor has not written anything yet. Handed to a person because the visitor asked for a person.");
    expect(result.reasons).toEqual([{ code: "explicit_request", evidence: "pressed the talk-to-a-person button" }]);
    expect(result).toMatchObject({ language: null, intent: null, sentimentTrend: "steady", botTried: [] });
  });

  it("clips long messages at a sentence or word boundary", () => {
    const long =
      "Hello, I ordered a standing desk three weeks ago and it arrived with a cracked leg and a missing bag of screws. I contacted you twice by email and nobody answered, which is really frustrating. Can someone please arrange a replacement leg and the screws?";
    const result = brief([visitor(long)], { reasons: [] });
    expect(result.summary).toBe("The visitor wrote: “Hello, I ordered a standing desk three weeks ago and it arrived with a cracked leg and a missing bag of screws.”");
    expect(clip("one two three four five six", 15)).toBe("one two three…");
    expect(clip("Supercalifragilisticexpialidocious", 10)).toBe("Supercali…");
  });

  it("pairs replies with questions in order, and a human's reply settles what was asked before", () => {
    const messages = [
      visitor("do you ship to Canada?"),
      visitor("and how much is shipping?"),
      bot("Yes, we ship to Canada.", 0.9, { sources: [["kb-ca", "Countries we ship to"]] }),
      bot("Shipping is free over $50.", 0.88, { sources: [["kb-cost", "Shipping costs"]] }),
      visitor("what about returns from Canada?"),
      agent("Hi, Sam here: returns from Canada are free too."),
      bot("You're chatting with our assistant again.", 0.0),
    ];
    const result = brief(messages, { reasons: [] });
    expect(result.botTried.map((a) => [a.question, a.answer, a.sources.map((s) => s.title)])).toEqual([
      ["do you ship to Canada?", "Yes, we ship to Canada.", ["Countries we ship to"]],
      ["and how much is shipping?", "Shipping is free over $50.", ["Shipping costs"]],
    ]);
  });
});

describe("what the bot tried", () => {
  it("lists only the article an embedded answer came from, not its other near matches", () => {
    const answer: BriefMessage = {
      role: "BOT",
      body: "Standard delivery takes 3-5 business days.",
      botConfidence: 0.74,
      metadata: {
        responder: "embedded",
        intent: "How long does shipping take?",
        sources: [
          { entryId: "kb-1", title: "How long does shipping take?", score: 0.74 },
          { entryId: "kb-2", title: "Do you ship abroad?", score: 0.2 },
          { entryId: "kb-3", title: "Tracking my parcel", score: 0.1 },
        ],
      },
    };
    const result = brief([visitor("how long does delivery take?"), answer], { reasons: [] });
    expect(result.botTried[0]?.sources).toEqual([{ id: "kb-1", title: "How long does shipping take?" }]);
    // The LLM responder stores only what the model cited: all of it counts.
    const cited = { ...answer, metadata: { responder: "openai", intent: "shipping_time", sources: [{ entryId: "kb-1", title: "A" }, { entryId: "kb-2", title: "B" }] } };
    expect(brief([visitor("how long does delivery take?"), cited], { reasons: [] }).botTried[0]?.sources.map((s) => s.id)).toEqual(["kb-1", "kb-2"]);
  });

  it("counts answers that went through draft approval, a rejected draft as not answered", () => {
    const approved: BriefMessage = { role: "BOT", body: "You can return it within 30 days.", botConfidence: 0.6, metadata: { draftId: "d1", draftStatus: "APPROVED", offerHuman: false, sources: [{ id: "kb-ret", title: "Returns" }] } };
    const rejected: BriefMessage = { role: "BOT", body: botPhrase("dontKnow", "en"), botConfidence: null, metadata: { draftId: "d2", draftStatus: "REJECTED", offerHuman: true, sources: [] } };
    const result = brief([visitor("can I return a worn jacket?"), approved, visitor("what if I lost the receipt?"), rejected, visitor("hello??")], { reasons: [] });
    expect(result.botTried).toEqual([
      { question: "can I return a worn jacket?", answer: "You can return it within 30 days.", confidence: 0.6, sources: [{ id: "kb-ret", title: "Returns" }] },
      { question: "what if I lost the receipt?", answer: null, confidence: null, sources: [] },
    ]);
  });
});

describe("sentimentTrend", () => {
  it("compares the visitor's later messages with the earlier ones", () => {
    expect(sentimentTrend(["where is my order?", "it's been 2 weeks, this is unacceptable and ridiculous!!"])).toBe("worsening");
    expect(sentimentTrend(["this is terrible, the app keeps crashing", "ok that fixed it, great, thank you so much!"])).toBe("improving");
    expect(sentimentTrend(["what sizes do you have?", "do you have it in blue?", "and in green?"])).toBe("steady");
    expect(sentimentTrend(["THIS IS A JOKE, USELESS SERVICE"])).toBe("steady");
  });
});

// The handoff brief from stored rows: messages, contact, knowledge titles and reasons read through
// the repository (tenant-scoped), summarised by the configured model with the extractive fallback.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "../fakes/openai-server";

// The model is chosen by configuration: set it before the app modules read the env.
let fake: FakeOpenAI;
let app: {
  brief: typeof import("@/features/handoff/brief/make-handoff-brief");
  repository: typeof import("@/features/handoff/brief/brief.repository");
  conversations: typeof import("@/features/conversations/conversations.repository");
  messagesRoute: typeof import("@/app/api/widget/messages/route");
  background: typeof import("@/server/background");
  db: typeof import("@/server/db");
  env: typeof import("@/server/env");
  phrases: typeof import("@/lib/bot-phrases");
  accounts: typeof import("../support/accounts");
  widget: typeof import("../support/widget");
  routes: typeof import("../support/routes");
};
let organizationId: string;
let otherOrganizationId: string;
let inboxId: string;
let publicKey: string;

beforeAll(async () => {
  fake = await startFakeOpenAI({ apiKey: "sk-brief" });
  Object.assign(process.env, { OPENAI_API_KEY: "sk-brief", OPENAI_BASE_URL: `${fake.url}/v1`, OPENAI_MODEL: "brief-model", OPENAI_TIMEOUT_MS: "1500" });
  app = {
    brief: await import("@/features/handoff/brief/make-handoff-brief"),
    repository: await import("@/features/handoff/brief/brief.repository"),
    conversations: await import("@/features/conversations/conversations.repository"),
    messagesRoute: await import("@/app/api/widget/messages/route"),
    background: await import("@/server/background"),
    db: await import("@/server/db"),
    env: await import("@/server/env"),
    phrases: await import("@/lib/bot-phrases"),
    accounts: await import("../support/accounts"),
    widget: await import("../support/widget"),
    routes: await import("../support/routes"),
  };
  organizationId = (await app.accounts.signUpOwner("brief-owner", "Brief Co")).organizationId;
  otherOrganizationId = (await app.accounts.signUpOwner("brief-other", "Other Co")).organizationId;
  const inbox = await app.widget.createWidgetInbox(organizationId);
  inboxId = inbox.id;
  publicKey = inbox.publicKey;
});

afterAll(() => fake.close());
beforeEach(() => {
  fake.setResponder(() => ({ content: "Ana was charged twice for order 58213 and wants a refund. The bot could not help. She is upset." }));
  app.env.env.OPENAI_API_KEY = "sk-brief";
});

type Line = { role: "VISITOR" | "BOT" | "SYSTEM" | "NOTE"; body: string; botConfidence?: number; metadata?: object };

/** A conversation written straight to the database, as the responder and the trigger engine leave it. */
async function seedConversation(lines: Line[], contact: { name?: string; identityVerified?: boolean; attributes?: object } = {}) {
  const { db } = app.db;
  const row = await db.contact.create({
    data: { organizationId, name: contact.name ?? "Ana", email: "ana@example.com", identityVerified: contact.identityVerified ?? true, attributes: contact.attributes ?? { plan: "Enterprise" } },
  });
  const conversation = await db.conversation.create({
    data: { organizationId, inboxId, contactId: row.id, language: "en", currentPage: "https://shop.example/orders/58213" },
  });
  for (const line of lines) {
    const source = line.role === "VISITOR" ? "WIDGET" : line.role === "NOTE" ? "INBOX" : "SYSTEM";
    await app.conversations.appendMessage(db, { organizationId, conversationId: conversation.id, message: { source, ...line, metadata: line.metadata ?? {} } });
  }
  return conversation.id;
}

async function refundConversation() {
  const { db } = app.db;
  const refunds = await db.knowledgeEntry.create({ data: { organizationId, title: "Refunds", exampleQuestions: ["refund"], answer: "Refunds take 5 days." } });
  const conversationId = await seedConversation([
    { role: "VISITOR", body: "How long do refunds take?" },
    { role: "BOT", body: "Refunds take 5 days.", botConfidence: 0.86, metadata: { responder: "embedded", intent: "Refunds", sources: [{ entryId: refunds.id, title: "Refunds", score: 0.9 }] } },
    { role: "VISITOR", body: "I was charged twice for order 58213 and I want my money back" },
    { role: "NOTE", body: "internal: this customer is a churn risk" },
    { role: "SYSTEM", body: "I'm connecting you with a person from our team." },
  ]);
  // Renamed since the bot used it: the brief shows the current title.
  await db.knowledgeEntry.update({ where: { id: refunds.id }, data: { title: "Refunds and returns" } });
  return { conversationId, entryId: refunds.id };
}

const moneyReason = { code: "sensitive_topic", ruleId: "r-sensitive", ruleName: "Sensitive topic", evidence: { matched: ["my money"], categories: ["money_action"] } };

describe("makeHandoffBrief", () => {
  it("briefs a stored conversation with the model's summary and the stored handoff's reasons", async () => {
    const { conversationId, entryId } = await refundConversation();
    await app.db.db.handoff.create({ data: { organizationId, conversationId, reasons: [moneyReason] } });

    const brief = await app.brief.makeHandoffBrief({ organizationId, conversationId });

    expect(brief).toMatchObject({
      summary: "Ana was charged twice for order 58213 and wants a refund. The bot could not help. She is upset.",
      summarySource: "llm",
      intent: "refund",
      language: "en",
      currentPage: "https://shop.example/orders/58213",
      contact: { name: "Ana", email: "ana@example.com", verified: true, tier: "Enterprise", attributes: { plan: "Enterprise" } },
      reasons: [{ code: "sensitive_topic", evidence: "Sensitive topic: “my money”; money action" }],
    });
    expect(brief.botTried).toEqual([{ question: "How long do refunds take?", answer: "Refunds take 5 days.", confidence: 0.86, sources: [{ id: entryId, title: "Refunds and returns" }] }]);
    const request = fake.requests.at(-1)!.body as { model: string; messages: Array<{ content: string }> };
    expect(request.model).toBe("brief-model");
    expect(request.messages[1]?.content).toContain("Visitor: I was charged twice for order 58213 and I want my money back");
    expect(request.messages[1]?.content).not.toContain("churn risk");
  });

  it("falls back to the extractive summary when the model fails, and skips the model when none is configured", async () => {
    const { conversationId } = await refundConversation();
    fake.setResponder(() => ({ error: { status: 503, message: "overloaded" } }));
    const failed = await app.brief.makeHandoffBrief({ organizationId, conversationId, reasons: [moneyReason] });
    expect(failed.summarySource).toBe("extractive");
    expect(failed.summary).toBe(
      "Ana wrote: “How long do refunds take?” Latest message: “I was charged twice for order 58213 and I want my money back”. Handed to a person because it is a sensitive topic (“my money”).",
    );

    app.env.env.OPENAI_API_KEY = undefined;
    const requests = fake.requests.length;
    const offline = await app.brief.makeHandoffBrief({ organizationId, conversationId, reasons: [moneyReason] });
    expect(offline).toEqual(failed);
    expect(fake.requests.length).toBe(requests);
  });

  it("can skip the model, or wait on it for less than the configured timeout", async () => {
    const { conversationId } = await refundConversation();
    const requests = fake.requests.length;
    const inline = await app.brief.makeHandoffBrief({ organizationId, conversationId, reasons: [moneyReason], useModel: false });
    expect(inline.summarySource).toBe("extractive");
    expect(fake.requests.length).toBe(requests);

    fake.setResponder(() => ({ delayMs: 3_000, content: "too late" }));
    const started = Date.now();
    const hurried = await app.brief.makeHandoffBrief({ organizationId, conversationId, reasons: [moneyReason], modelTimeoutMs: 200 });
    expect(hurried).toEqual(inline);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("takes the reasons given, else the latest escalating evaluation's", async () => {
    const conversationId = await seedConversation([{ role: "VISITOR", body: "get me a human please" }]);
    await app.db.db.triggerEvaluation.createMany({
      data: [
        { organizationId, conversationId, escalate: true, reasons: [{ code: "explicit_request", ruleId: "r1", ruleName: "Visitor asks for a person", evidence: { matched: ["get me a human"] } }] },
        { organizationId, conversationId, escalate: false, reasons: [] },
      ],
    });
    app.env.env.OPENAI_API_KEY = undefined;
    const fromEvaluation = await app.brief.makeHandoffBrief({ organizationId, conversationId });
    expect(fromEvaluation.reasons).toEqual([{ code: "explicit_request", evidence: "Visitor asks for a person: “get me a human”" }]);
    const given = await app.brief.makeHandoffBrief({ organizationId, conversationId, reasons: [{ code: "explicit_request", evidence: { via: "widget_button" } }] });
    expect(given.reasons).toEqual([{ code: "explicit_request", evidence: "pressed the talk-to-a-person button" }]);
  });

  it("does not trust attributes of an unverified contact", async () => {
    const conversationId = await seedConversation([{ role: "VISITOR", body: "where is my parcel?" }], { identityVerified: false, attributes: { plan: "Enterprise", vip: true } });
    app.env.env.OPENAI_API_KEY = undefined;
    const brief = await app.brief.makeHandoffBrief({ organizationId, conversationId, reasons: [] });
    expect(brief.contact).toEqual({ name: "Ana", email: "ana@example.com", verified: false, tier: null, attributes: {} });
  });

  it("never reads another workspace's conversation or knowledge titles", async () => {
    const { conversationId, entryId } = await refundConversation();
    await expect(app.brief.makeHandoffBrief({ organizationId: otherOrganizationId, conversationId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await app.repository.loadBriefInput(app.db.db, { organizationId: otherOrganizationId, conversationId })).toBeNull();

    // A bot message of this workspace citing another workspace's entry id keeps the title it stored.
    const foreign = await app.db.db.knowledgeEntry.create({ data: { organizationId: otherOrganizationId, title: "Secret pricing sheet", answer: "..." } });
    const citing = await seedConversation([
      { role: "VISITOR", body: "what does it cost?" },
      { role: "BOT", body: "It costs 10 EUR.", botConfidence: 0.9, metadata: { responder: "embedded", sources: [{ entryId: foreign.id, title: "Prices" }, { entryId, title: "Old" }] } },
    ]);
    const input = await app.repository.loadBriefInput(app.db.db, { organizationId, conversationId: citing });
    expect(input?.knowledgeTitles).toEqual({ [entryId]: "Refunds and returns" });
  });

  it("briefs a conversation the live trigger engine handed off", async () => {
    const visitor = await app.widget.startVisitor(publicKey);
    const sent = await app.routes.call(app.messagesRoute.POST, "POST", "/", {
      headers: app.widget.bearer(visitor.token),
      body: { clientId: randomUUID(), text: "I was charged twice for order 58213, I want a refund" },
    });
    await app.background.drainBackground();
    const conversationId = sent.body.message.conversationId as string;
    const handoff = await app.db.db.handoff.findFirst({ where: { organizationId, conversationId } });
    expect(handoff).not.toBeNull();

    app.env.env.OPENAI_API_KEY = undefined;
    const brief = await app.brief.makeHandoffBrief({ organizationId, conversationId });
    expect(brief.reasons.map((r) => r.code)).toContain("sensitive_topic");
    // The engine's first sensitive category names the topic ("charged twice" is a disputed charge).
    expect(brief.intent).toBe("unauthorised_charge");
    expect(brief.summary.startsWith("The visitor wrote: “I was charged twice for order 58213, I want a refund”.")).toBe(true);
    expect(brief.currentPage).toBe("https://shop.example/help");
  });
});

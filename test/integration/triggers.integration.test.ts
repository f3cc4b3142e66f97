import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as messagesRoute from "@/app/api/widget/messages/route";
import { drainBackground } from "@/server/background";
import { db } from "@/server/db";
import { signUpOwner } from "../support/accounts";
import { call } from "../support/routes";
import { bearer, createWidgetInbox, startVisitor } from "../support/widget";

let organizationId: string;
let publicKey: string;

beforeAll(async () => {
  organizationId = (await signUpOwner("rules-owner", "Rules Co")).organizationId;
  publicKey = (await createWidgetInbox(organizationId)).publicKey;
  await db.team.create({ data: { organizationId, name: "Sales" } });
});

async function say(...texts: string[]) {
  const visitor = await startVisitor(publicKey);
  let conversationId = "";
  for (const text of texts) {
    const sent = await call(messagesRoute.POST, "POST", "/", { headers: bearer(visitor.token), body: { clientId: randomUUID(), text } });
    conversationId = sent.body.message.conversationId;
    await drainBackground();
  }
  return db.conversation.findUniqueOrThrow({ where: { id: conversationId }, include: { handoffs: true, evaluations: { orderBy: { createdAt: "asc" } }, messages: { orderBy: { seq: "asc" } } } });
}

describe("trigger engine on the live path", () => {
  it("a new workspace has the default rules", async () => {
    expect(await db.triggerRule.count({ where: { organizationId } })).toBeGreaterThanOrEqual(7);
  });

  it.each([
    ["en", "can I talk to a real person"],
    ["ar", "هل يمكنني التحدث إلى شخص حقيقي"],
    ["ur", "کیا میں کسی اصلی انسان سے بات کر سکتا ہوں"],
    ["es", "¿puedo hablar con una persona real?"],
    ["fr", "est-ce que je peux parler à une vraie personne ?"],
    ["de", "kann ich mit einem echten Menschen sprechen?"],
    ["pt", "posso falar com uma pessoa de verdade?"],
    ["hi", "क्या मैं किसी असली इंसान से बात कर सकता हूँ?"],
    ["tr", "gerçek bir insanla konuşabilir miyim?"],
    ["id", "bisakah saya berbicara dengan orang sungguhan?"],
  ])("hands off '%s: %s' out of the box, in the visitor's language, without a bot answer", async (language, text) => {
    const conversation = await say(text);
    expect(conversation.status).toBe("QUEUED");
    expect(conversation.language).toBe(language);
    expect(conversation.handoffs[0]?.reasons).toEqual([expect.objectContaining({ code: "explicit_request" })]);
    expect(conversation.messages.map((m) => m.role)).toEqual(["VISITOR", "SYSTEM"]);
    expect(conversation.evaluations).toEqual([expect.objectContaining({ escalate: true })]);
  });

  it("a routine question gets the bot, and the evaluation is stored as not escalating", async () => {
    const conversation = await say("what payment methods do you accept?");
    expect(conversation.status).toBe("BOT");
    expect(conversation.evaluations).toEqual([expect.objectContaining({ escalate: false, reasons: [] })]);
    expect(conversation.messages.map((m) => m.role)).toEqual(["VISITOR", "BOT"]);
  });

  it("an enterprise pricing request goes to the Sales team with its evidence", async () => {
    const conversation = await say("We have 400 stores and need a custom enterprise quote for all of them");
    expect(conversation.status).toBe("QUEUED");
    const sales = await db.team.findFirstOrThrow({ where: { organizationId, name: "Sales" } });
    expect(conversation.teamId).toBe(sales.id);
    const reasons = conversation.handoffs[0]!.reasons as Array<{ code: string; evidence: { matched?: string[] } }>;
    expect(reasons.map((reason) => reason.code)).toContain("high_value_intent");
    expect(reasons.find((reason) => reason.code === "high_value_intent")?.evidence.matched?.length).toBeGreaterThan(0);
  });
});

describe("rules, simulator and back-test APIs", () => {
  it("simulates a typed conversation with the workspace's rules, through the dashboard and the API", async () => {
    const owner = await signUpOwner("sim-owner", "Sim Co");
    const { POST: simulate } = await import("@/app/api/triggers/simulate/route");
    const { POST: simulateV1 } = await import("@/app/api/v1/triggers/simulate/route");
    const apiKeys = await import("@/app/api/workspace/api-keys/route");
    const input = { messages: [{ role: "visitor", text: "this is the WORST service ever, I want my money back NOW!!!" }], contact: {} };
    const dashboard = await call(simulate, "POST", "/", { cookie: owner.cookie, body: input });
    expect(dashboard.status).toBe(200);
    expect(dashboard.body).toEqual(expect.objectContaining({ escalate: true, language: "en", sentiment: expect.objectContaining({ label: "negative" }) }));
    expect(dashboard.body.reasons.map((r: { code: string }) => r.code)).toContain("negative_sentiment");
    const key = (await call(apiKeys.POST, "POST", "/", { cookie: owner.cookie, body: { name: "sim" } })).body.key;
    const api = await call(simulateV1, "POST", "/", { headers: { authorization: `Bearer ${key}` }, body: input });
    expect(api.body.reasons).toEqual(dashboard.body.reasons);
    const calm = await call(simulate, "POST", "/", { cookie: owner.cookie, body: { messages: [{ role: "visitor", text: "what are your opening hours?" }] } });
    expect(calm.body.escalate).toBe(false);
    expect((await call(simulate, "POST", "/", { cookie: owner.cookie, body: { messages: [] } })).status).toBe(422);
  });

  it("edits rules with validation, and back-tests a draft over past conversations", async () => {
    const { GET: listRules, POST: createRule } = await import("@/app/api/triggers/rules/route");
    const ruleRoute = await import("@/app/api/triggers/rules/[ruleId]/route");
    const { POST: backtest } = await import("@/app/api/triggers/backtest/route");
    const owner = await signUpOwner("rule-owner", "Rule Co");
    const rules = (await call(listRules, "GET", "/", { cookie: owner.cookie })).body;
    const explicit = rules.find((rule: { reason: string }) => rule.reason === "explicit_request");
    const disabled = await call(ruleRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { ruleId: explicit.id }, body: { enabled: false } });
    expect(disabled.body.enabled).toBe(false);
    const invalid = await call(ruleRoute.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { ruleId: explicit.id }, body: { action: { type: "teleport" } } });
    expect(invalid.status).toBe(422);

    const draft = { name: "Shipping complaints", reason: "sensitive_topic", enabled: true, position: 50, conditions: { keywords: { any: { en: ["*parcel*", "courier"] } } }, action: { type: "tag", tags: ["shipping"] } };
    const created = await call(createRule, "POST", "/", { cookie: owner.cookie, body: draft });
    expect(created.status).toBe(201);

    const inbox = await createWidgetInbox(owner.organizationId);
    for (const text of ["my parcel never came", "do you sell gloves?"]) {
      const visitor = await startVisitor(inbox.publicKey);
      await call(messagesRoute.POST, "POST", "/", { headers: bearer(visitor.token), body: { clientId: randomUUID(), text } });
      await drainBackground();
    }
    const result = await call(backtest, "POST", "/", { cookie: owner.cookie, body: { rule: draft, limit: 50 } });
    expect(result.body).toEqual(expect.objectContaining({ scanned: 2, matched: 1 }));
    expect(result.body.conversations[0]).toEqual(expect.objectContaining({ text: "my parcel never came" }));
  });
});

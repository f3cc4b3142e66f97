// WhatsApp replies from the inbox through the fakes (set up as in whatsapp.integration.test.ts):
// the 24-hour window, delivery statuses, throttling and throughput, and tenant isolation.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/routes";
import { startWhatsAppWorkspace, until, type WhatsAppWorkspace } from "../support/whatsapp";

const PHONE_NUMBER_ID = "109876543211";
let wa: WhatsAppWorkspace;
let fake: WhatsAppWorkspace["fake"];
let app: WhatsAppWorkspace["app"];
let owner: WhatsAppWorkspace["owner"];
let accountId: string;
let meta: WhatsAppWorkspace["meta"];

beforeAll(async () => {
  wa = await startWhatsAppWorkspace({ phoneNumberId: PHONE_NUMBER_ID, customerPrefix: "1555020", workspaceName: "Casa Realty Two" });
  ({ fake, app, owner, accountId, meta } = wa);
});

afterAll(async () => {
  await wa?.close();
});

const db = () => app.db.db;
const newCustomer = () => wa.newCustomer();
const conversationOf = (waId: string) => wa.conversationOf(waId);

describe("agent replies from the inbox and the 24-hour window", () => {
  async function assignedConversation() {
    const customer = newCustomer();
    await meta.sendText(customer, "How much is the deposit?");
    await fake.waitFor((sends) => sends.find((send) => send.to === customer));
    const conversation = await conversationOf(customer);
    expect((await call(app.claim.POST, "POST", "/", { cookie: owner.cookie, params: { conversationId: conversation.id } })).status).toBe(200);
    return { customer, conversationId: conversation.id };
  }

  const say = (conversationId: string, text: string, extra: Record<string, unknown> = {}) =>
    call(app.messages.POST, "POST", "/", { cookie: owner.cookie, params: { conversationId }, body: { clientId: randomUUID(), text, ...extra } });

  it("sends free text inside the window; outside it refuses free text and sends the follow-up template instead", async () => {
    const { customer, conversationId } = await assignedConversation();
    const open = await call(app.detail.GET, "GET", "/", { cookie: owner.cookie, params: { conversationId } });
    expect(open.body.whatsappWindow).toEqual({ open: true, closesAt: expect.any(String), template: "follow_up" });
    expect((await say(conversationId, "Five weeks' rent, paid on signing.")).status).toBe(201);
    await fake.waitFor((sends) => sends.find((send) => send.to === customer && send.type === "text" && send.text === "Five weeks' rent, paid on signing."));

    // 25 hours later (for Baton and for the fake Meta alike).
    const longAgo = new Date(Date.now() - 25 * 3600 * 1000);
    await db().contact.updateMany({ where: { waId: customer }, data: { lastInboundAt: longAgo } });
    fake.setLastInbound(PHONE_NUMBER_ID, customer, longAgo.getTime());
    const closed = await call(app.detail.GET, "GET", "/", { cookie: owner.cookie, params: { conversationId } });
    expect(closed.body.whatsappWindow).toEqual(expect.objectContaining({ open: false, template: "follow_up" }));
    const refused = await say(conversationId, "Are you still interested?");
    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual(expect.objectContaining({ code: "WHATSAPP_WINDOW_CLOSED", message: expect.stringContaining('"follow_up" template') }));
    expect(await db().message.count({ where: { conversationId, body: "Are you still interested?" } })).toBe(0);

    const asTemplate = await say(conversationId, "Are you still interested?\nThe flat is still available.", { whatsappTemplate: true });
    expect(asTemplate.status).toBe(201);
    const template = await fake.waitFor((sends) => sends.find((send) => send.to === customer && send.type === "template"));
    expect(template.template).toEqual(expect.objectContaining({ name: "follow_up", parameters: ["Are you still interested? The flat is still available."] }));
    expect(fake.rejected.filter((rejection) => rejection.to === customer)).toEqual([]);
  });

  it("shows a failed delivery on the message, and statuses move it forward only", async () => {
    const { customer, conversationId } = await assignedConversation();
    const posted = await say(conversationId, "Here is the floor plan.");
    const sent = await fake.waitFor((sends) => sends.find((send) => send.to === customer && send.text === "Here is the floor plan."));
    await until(async () => (await db().message.findUniqueOrThrow({ where: { id: posted.body.message.id } })).deliveryStatus === "SENT");
    await meta.sendStatus(sent.wamid, "read", customer);
    await meta.sendStatus(sent.wamid, "delivered", customer);
    await until(async () => (await db().message.findUniqueOrThrow({ where: { id: posted.body.message.id } })).deliveryStatus === "READ");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await db().message.findUniqueOrThrow({ where: { id: posted.body.message.id } })).deliveryStatus).toBe("READ");
    expect((await db().messageDelivery.findFirstOrThrow({ where: { externalId: sent.wamid } })).status).toBe("READ");

    const second = await say(conversationId, "And the energy certificate.");
    const secondSend = await fake.waitFor((sends) => sends.find((send) => send.text === "And the energy certificate."));
    await meta.sendStatus(secondSend.wamid, "failed", customer, { code: 131026, title: "Message undeliverable" });
    const failed = await until(async () => {
      const row = await db().message.findUniqueOrThrow({ where: { id: second.body.message.id } });
      return row.deliveryStatus === "FAILED" ? row : null;
    });
    expect(failed.metadata).toEqual(expect.objectContaining({ whatsappError: { code: 131026, message: "Message undeliverable" } }));
    const detail = await call(app.detail.GET, "GET", "/", { cookie: owner.cookie, params: { conversationId } });
    const shown = detail.body.messages.find((message: { id: string }) => message.id === second.body.message.id);
    expect(shown.delivery).toEqual({ status: "failed", error: "Message undeliverable" });
  });

  it("retries throttling (130429) and 5xx with backoff, keeping the order", async () => {
    const { customer, conversationId } = await assignedConversation();
    fake.setThroughput(2);
    fake.failNext({ status: 500, code: 1, message: "Service temporarily unavailable" });
    try {
      const texts = ["one", "two", "three", "four", "five"];
      for (const text of texts) expect((await say(conversationId, text)).status).toBe(201);
      await fake.waitFor((sends) => sends.filter((send) => send.to === customer && texts.includes(send.text)).length === texts.length || undefined, 25_000);
      expect(fake.sentTo(customer).map((send) => send.text).filter((text) => texts.includes(text))).toEqual(texts);
      const rejections = fake.rejected.filter((rejection) => rejection.phoneNumberId === PHONE_NUMBER_ID);
      expect(rejections.map((rejection) => rejection.code)).toEqual(expect.arrayContaining([1, 130429]));
    } finally {
      fake.setThroughput(Infinity);
    }
  }, 40_000);

  it("keeps under the number's configured throughput by itself", async () => {
    const { customer, conversationId } = await assignedConversation();
    expect((await call(app.account.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { accountId }, body: { messagesPerSecond: 2 } })).status).toBe(200);
    // Let the sends of the set-up (bot answer, "joined" line) leave the fake's one-second window.
    await fake.waitFor((sends) => sends.find((send) => send.to === customer && /joined/.test(send.text)));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    fake.setThroughput(2);
    const before = fake.rejected.length;
    try {
      const texts = ["a1", "a2", "a3", "a4", "a5"];
      for (const text of texts) await say(conversationId, text);
      await fake.waitFor((sends) => sends.filter((send) => send.to === customer && texts.includes(send.text)).length === texts.length || undefined, 20_000);
      expect(fake.rejected.slice(before)).toEqual([]);
      const times = fake.sentTo(customer).filter((send) => texts.includes(send.text)).map((send) => send.at);
      // Evenly spaced, about 525 ms apart (500 ms plus headroom).
      expect(times[4]! - times[0]!).toBeGreaterThanOrEqual(1900);
    } finally {
      fake.setThroughput(Infinity);
      await call(app.account.PATCH, "PATCH", "/", { cookie: owner.cookie, params: { accountId }, body: { messagesPerSecond: 80 } });
    }
  }, 30_000);
});

describe("WhatsApp tenant isolation", () => {
  it("B cannot see, change or receive through A's number", async () => {
    const b = await app.support.signUpOwner("wa-tenant-b", "Other Realty");
    const params = { accountId };
    expect(JSON.stringify((await call(app.accounts.GET, "GET", "/", { cookie: b.cookie })).body)).not.toContain(accountId);
    expect((await call(app.account.PATCH, "PATCH", "/", { cookie: b.cookie, params, body: { followUpTemplate: "hijack" } })).status).toBe(404);
    expect((await call(app.account.DELETE, "DELETE", "/", { cookie: b.cookie, params })).status).toBe(404);
    expect((await db().whatsAppAccount.findUniqueOrThrow({ where: { id: accountId } })).followUpTemplate).toBe("follow_up");
    // B connects its own number; a body signed with B's secret but sent to A's URL is refused, and a
    // body on B's URL naming A's number is ignored (B's app secret does not speak for A's number).
    const created = await call(app.accounts.POST, "POST", "/", {
      cookie: b.cookie,
      body: { phoneNumberId: "555666777888", businessAccountId: "900800700600", accessToken: "EAAG-b-token-0123456789xyz", appSecret: "b-app-secret-0123456789" },
    });
    expect(created.status).toBe(201);
    const bAccountId = created.body.id as string;
    // A's WhatsApp inbox cannot be linked to a number of B's.
    const aInboxId = (await db().whatsAppAccount.findUniqueOrThrow({ where: { id: accountId } })).inboxId!;
    const linked = await call(app.accounts.POST, "POST", "/", {
      cookie: b.cookie,
      body: { phoneNumberId: "555666777999", businessAccountId: "900800700600", accessToken: "EAAG-b-token-0123456789xyz", appSecret: "b-app-secret-0123456789", inboxId: aInboxId },
    });
    expect(linked.status).toBe(404);
    const customer = newCustomer();
    const bSigned = fake.webhooks({ appSecret: "b-app-secret-0123456789", phoneNumberId: PHONE_NUMBER_ID, deliver: (raw, headers) => call(app.webhook.POST, "POST", "/", { rawBody: raw, headers, params }) });
    expect((await bSigned.sendText(customer, "to A with B's secret")).status).toBe(401);
    const viaB = fake.webhooks({ appSecret: "b-app-secret-0123456789", phoneNumberId: PHONE_NUMBER_ID, deliver: (raw, headers) => call(app.webhook.POST, "POST", "/", { rawBody: raw, headers, params: { accountId: bAccountId } }) });
    expect((await viaB.sendText(customer, "A's number on B's URL")).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await db().contact.count({ where: { waId: customer, organizationId: { in: [owner.organizationId, b.organizationId] } } })).toBe(0);
    // Numbers are set by their owners only: B's owner has no route to change Ana's number.
    expect((await call(app.me.GET, "GET", "/", { cookie: b.cookie })).body).toEqual({ whatsappNumber: null });
  });
});

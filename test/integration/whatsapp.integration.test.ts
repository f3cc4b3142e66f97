// WhatsApp end to end through the fakes: Meta's signed webhooks go to Baton's route handler
// in-process, the real workers process them against the real Postgres and Redis, and everything
// Baton sends goes over fetch to the fake Graph API, which enforces tokens, the 24-hour window and
// throughput like Meta does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/routes";
import { AGENT_NUMBER, APP_SECRET, TOKEN, startWhatsAppWorkspace, until, type WhatsAppWorkspace } from "../support/whatsapp";

const PHONE_NUMBER_ID = "109876543210";
let wa: WhatsAppWorkspace;
let fake: WhatsAppWorkspace["fake"];
let app: WhatsAppWorkspace["app"];
let owner: WhatsAppWorkspace["owner"];
let agent: WhatsAppWorkspace["agent"];
let accountId: string;
let meta: WhatsAppWorkspace["meta"];

beforeAll(async () => {
  wa = await startWhatsAppWorkspace({ phoneNumberId: PHONE_NUMBER_ID, customerPrefix: "1555010", workspaceName: "Casa Realty" });
  ({ fake, app, owner, agent, accountId, meta } = wa);
});

afterAll(async () => {
  await wa?.close();
});

const db = () => app.db.db;
const newCustomer = () => wa.newCustomer();
const conversationOf = (waId: string) => wa.conversationOf(waId);

describe("WhatsApp channel setup", () => {
  it("shows the webhook URL and verify token, never the secrets, and creates a WhatsApp inbox", async () => {
    const listed = await call(app.accounts.GET, "GET", "/api/whatsapp/accounts", { cookie: owner.cookie });
    expect(listed.status).toBe(200);
    const [account] = listed.body.accounts;
    expect(account).toEqual(expect.objectContaining({ webhookUrl: `${process.env.PUBLIC_URL}/api/whatsapp/webhook/${accountId}`, verifyToken: "verify-token-0123456789", accessTokenHint: "…6789" }));
    expect(JSON.stringify(listed.body)).not.toContain(APP_SECRET);
    expect(JSON.stringify(listed.body)).not.toContain(TOKEN);
    const stored = await db().whatsAppAccount.findUniqueOrThrow({ where: { id: accountId }, include: { inbox: true } });
    expect(stored.accessToken).not.toContain(TOKEN);
    expect(stored.appSecret).not.toContain(APP_SECRET);
    expect(stored.inbox?.channel).toBe("WHATSAPP");
    const agents = await call(app.agents.GET, "GET", "/api/whatsapp/agents", { cookie: owner.cookie });
    expect(agents.body.agents).toEqual([expect.objectContaining({ userId: agent.userId, whatsappNumber: AGENT_NUMBER, onCall: true })]);
    expect((await call(app.accounts.GET, "GET", "/api/whatsapp/accounts", { cookie: agent.cookie })).status).toBe(403);
  });

  it("answers Meta's verification handshake only with the right verify token", async () => {
    const query = (token: string) => `/api/whatsapp/webhook/${accountId}?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=1158201444`;
    const ok = await call(app.webhook.GET, "GET", query("verify-token-0123456789"), { params: { accountId } });
    expect(ok).toEqual(expect.objectContaining({ status: 200, body: 1158201444 }));
    expect((await call(app.webhook.GET, "GET", query("wrong-token-0123456789"), { params: { accountId } })).status).toBe(403);
  });
});

describe("a customer on WhatsApp", () => {
  it("gets the bot's answer, stored once even when Meta delivers the webhook twice", async () => {
    const customer = newCustomer();
    const { body, wamid } = meta.textBody(customer, "When is your office open?", { name: "Maria" });
    expect((await meta.redeliver(body)).status).toBe(200);
    const answer = await fake.waitFor((sends) => sends.find((send) => send.to === customer && send.type === "text"));
    // WhatsApp's bold is *single*, not Markdown's **double**.
    expect(answer.text).toBe("Our office is open *Monday to Saturday*, 9:00-18:00.");

    expect((await meta.redeliver(body)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await db().message.count({ where: { organizationId: owner.organizationId, externalId: wamid } })).toBe(1);
    const conversation = await conversationOf(customer);
    expect(await db().message.count({ where: { conversationId: conversation.id } })).toBe(2);
    expect(fake.sentTo(customer)).toHaveLength(1);
    const contact = await db().contact.findFirstOrThrow({ where: { organizationId: owner.organizationId, waId: customer } });
    expect(contact).toEqual(expect.objectContaining({ name: "Maria", phone: `+${customer}` }));
    expect(contact.lastInboundAt).not.toBeNull();
    const bot = await db().message.findFirstOrThrow({ where: { conversationId: conversation.id, role: "BOT" } });
    expect(await until(async () => (await db().message.findUniqueOrThrow({ where: { id: bot.id } })).deliveryStatus === "SENT")).toBe(true);
  });

  it("refuses a tampered or unsigned body with 401 and stores nothing", async () => {
    const customer = newCustomer();
    const tampered = await meta.sendRaw(meta.textBody(customer, "hello").body, { tamper: (raw) => raw.replace("hello", "hellO") });
    const unsigned = await meta.sendRaw(meta.textBody(customer, "hello").body, { signature: null });
    const otherSecret = await fake.webhooks({ appSecret: "not-the-app-secret", phoneNumberId: PHONE_NUMBER_ID, deliver: (raw, headers) => call(app.webhook.POST, "POST", "/", { rawBody: raw, headers, params: { accountId } }) }).sendText(customer, "hi");
    expect([tampered.status, unsigned.status, otherSecret.status]).toEqual([401, 401, 401]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await db().contact.count({ where: { waId: customer, organizationId: owner.organizationId } })).toBe(0);
  });

  it("gets a polite answer to a message type Baton cannot read", async () => {
    const customer = newCustomer();
    await meta.sendUnsupported(customer, "image");
    const polite = await fake.waitFor((sends) => sends.find((send) => send.to === customer));
    expect(polite.text).toMatch(/only read text messages/);
    const conversation = await conversationOf(customer);
    expect(await db().message.findMany({ where: { conversationId: conversation.id }, select: { role: true, body: true }, orderBy: { seq: "asc" } })).toEqual([
      { role: "VISITOR", body: "[image]" },
      { role: "SYSTEM", body: expect.stringMatching(/only read text/) },
    ]);
  });

  it("has one sender's messages stored and answered in the order they were sent", async () => {
    const customer = newCustomer();
    const questions = ["How much is the deposit?", "what are your opening hours", "deposit amount"];
    // Acknowledged one after the other, processed by concurrent workers.
    for (const question of questions) expect((await meta.sendText(customer, question)).status).toBe(200);
    await fake.waitFor((sends) => sends.filter((send) => send.to === customer).length >= 3 || undefined);
    const conversation = await conversationOf(customer);
    const rows = await db().message.findMany({ where: { conversationId: conversation.id }, orderBy: { seq: "asc" }, select: { role: true, body: true } });
    expect(rows.filter((row) => row.role === "VISITOR").map((row) => row.body)).toEqual(questions);
    // Each answer follows its own question.
    expect(rows.map((row) => row.role)).toEqual(["VISITOR", "BOT", "VISITOR", "BOT", "VISITOR", "BOT"]);
    expect(fake.sentTo(customer).map((send) => send.text)).toEqual(["The deposit is five weeks' rent.", "Our office is open *Monday to Saturday*, 9:00-18:00.", "The deposit is five weeks' rent."]);
  });
});

describe("handoff with WhatsApp as the agent console", () => {
  it("escalates, alerts the on-call agent, lets them claim and relays both ways until resolve", async () => {
    const customer = newCustomer();
    await meta.sendText(customer, "I want to talk to a human please", { name: "Jonas" });
    const conversation = await until(async () => {
      const row = await db().conversation.findFirst({ where: { contact: { waId: customer } } });
      return row?.status === "QUEUED" ? row : null;
    });
    const handoff = await db().handoff.findFirstOrThrow({ where: { conversationId: conversation.id } });

    // The visitor hears they are in line (a system line: delivered by looking at what was not sent yet).
    const queued = await fake.waitFor((sends) => sends.find((send) => send.to === customer));
    expect(queued.text).toMatch(/number \d+ in line/);
    // The on-call agent's phone gets the alert template with Claim / Pass payloads.
    const alert = await fake.waitFor((sends) => sends.find((send) => send.to === AGENT_NUMBER && send.template?.buttonPayloads.includes(`claim:${handoff.id}`)));
    expect(alert.template).toEqual(expect.objectContaining({ name: "agent_alert", language: "en", buttonPayloads: [`claim:${handoff.id}`, `pass:${handoff.id}`] }));
    expect(alert.template!.parameters[0]).toBe("Jonas");
    expect(alert.template!.parameters[1]).toMatch(/explicit request/);

    // Claim from WhatsApp.
    await meta.sendButton(AGENT_NUMBER, `claim:${handoff.id}`, "Claim");
    const claimed = await until(async () => {
      const row = await db().conversation.findUniqueOrThrow({ where: { id: conversation.id } });
      return row.status === "ASSIGNED" ? row : null;
    });
    expect(claimed.assigneeId).toBe(agent.userId);
    expect((await db().handoff.findUniqueOrThrow({ where: { id: handoff.id } })).claimedVia).toBe("whatsapp");
    // First claim wins on every surface: the owner's inbox claim is refused, naming Ana.
    const late = await call(app.claim.POST, "POST", "/", { cookie: owner.cookie, params: { conversationId: conversation.id } });
    expect(late.status).toBe(409);
    expect(late.body.error.details.claimedBy.name).toBe("Ana");

    await fake.waitFor((sends) => sends.find((send) => send.to === customer && /Ana joined/.test(send.text)));
    const notice = await fake.waitFor((sends) => sends.find((send) => send.to === AGENT_NUMBER && /You have the conversation with Jonas/.test(send.text)));
    expect(notice.text).toContain("Customer: I want to talk to a human please");

    // The agent's WhatsApp text reaches the visitor, as Ana's message.
    const reply = await meta.sendText(AGENT_NUMBER, "Hi Jonas, Ana here. How can I help?");
    const relayed = await fake.waitFor((sends) => sends.find((send) => send.to === customer && send.text === "Hi Jonas, Ana here. How can I help?"));
    expect(relayed.type).toBe("text");
    const stored = await db().message.findFirstOrThrow({ where: { externalId: reply.wamid } });
    expect(stored).toEqual(expect.objectContaining({ role: "AGENT", source: "WHATSAPP", authorId: agent.userId, conversationId: conversation.id }));

    // And the visitor's answer reaches the agent.
    await meta.sendText(customer, "I'd like to rent the flat on Elm Street");
    const back = await fake.waitFor((sends) => sends.find((send) => send.to === AGENT_NUMBER && send.text.includes("rent the flat on Elm Street")));
    expect(back.text).toBe("*Jonas:* I'd like to rent the flat on Elm Street");
    // The bot stayed out of it.
    expect(await db().message.count({ where: { conversationId: conversation.id, role: "BOT" } })).toBe(0);

    // Resolve ends the relay and tells the agent.
    expect((await call(app.resolve.POST, "POST", "/", { cookie: agent.cookie, params: { conversationId: conversation.id } })).status).toBe(200);
    await fake.waitFor((sends) => sends.find((send) => send.to === AGENT_NUMBER && /is resolved/.test(send.text)));
    await meta.sendText(AGENT_NUMBER, "anything else?");
    await fake.waitFor((sends) => sends.find((send) => send.to === AGENT_NUMBER && /no conversation open/.test(send.text)));
    expect(fake.sentTo(customer).some((send) => send.text === "anything else?")).toBe(false);
  });

  it("tells a late claimer who has it", async () => {
    const customer = newCustomer();
    await meta.sendText(customer, "I want to speak to a person");
    const conversation = await until(async () => {
      const row = await db().conversation.findFirst({ where: { contact: { waId: customer } } });
      return row?.status === "QUEUED" ? row : null;
    });
    const handoff = await db().handoff.findFirstOrThrow({ where: { conversationId: conversation.id } });
    await until(async () => (await db().handoffDelivery.findFirst({ where: { handoffId: handoff.id, status: "SENT" } })) !== null);
    expect((await call(app.claim.POST, "POST", "/", { cookie: owner.cookie, params: { conversationId: conversation.id } })).status).toBe(200);
    await fake.waitFor((sends) => sends.find((send) => send.to === AGENT_NUMBER && /took the conversation/.test(send.text)));
    await meta.sendButton(AGENT_NUMBER, `claim:${handoff.id}`, "Claim");
    await fake.waitFor((sends) => sends.find((send) => send.to === AGENT_NUMBER && /already has the conversation/.test(send.text)));
    expect((await db().conversation.findUniqueOrThrow({ where: { id: conversation.id } })).assigneeId).toBe(owner.userId);
  });
});

// Slack and WhatsApp answering 5xx or 429 for a while (FAULT_OUTAGE_MS, default 20 s; the issue's
// "a minute" is FAULT_OUTAGE_MS=60000). Everything sent meanwhile is delivered afterwards, once and
// in order, and its delivery rows go PENDING -> SENT.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSlack, type FakeSlack } from "../fakes/slack-server";
import { startFakeWhatsApp, type FakeWhatsApp } from "../fakes/whatsapp-server";
import { agentSays, http, signUpOwner, visitorSays } from "./support/baton-client";
import { startWeb, startWorker, type BatonProcess, type Infra } from "./support/baton-process";
import { query } from "./support/database";
import { sleep, until } from "./support/ports";
import { startPostgres, type PostgresInstance } from "./support/postgres-instance";
import { startRedis, type RedisInstance } from "./support/redis-instance";
import { connectSlackWorkspace, escalate } from "./support/slack-workspace";

const OUTAGE_MS = Number(process.env.FAULT_OUTAGE_MS ?? 20_000);
// After the outage: the backoff (2 s doubling) may have just scheduled its next try far ahead.
const RECOVERY_MS = OUTAGE_MS * 2 + 30_000;

let postgres: PostgresInstance;
let redis: RedisInstance;
let slack: FakeSlack;
let whatsapp: FakeWhatsApp;
let web: BatonProcess;
let worker: BatonProcess;

beforeAll(async () => {
  [postgres, redis, slack, whatsapp] = await Promise.all([startPostgres(), startRedis(), startFakeSlack(), startFakeWhatsApp()]);
  const infra: Infra = { databaseUrl: postgres.url, redisUrl: redis.url, env: { SLACK_API_URL: slack.url, WHATSAPP_GRAPH_URL: whatsapp.url } };
  web = await startWeb(infra);
  worker = await startWorker(infra);
});

afterAll(async () => {
  await Promise.allSettled([web?.kill(), worker?.kill()]);
  await Promise.allSettled([postgres?.dispose(), redis?.stop(), slack?.close(), whatsapp?.close()]);
});

const SLACK_FAILURES = {
  "5xx": { status: 503 },
  "429": { status: 429, retryAfter: 1 },
} as const;

describe.each(Object.keys(SLACK_FAILURES) as Array<keyof typeof SLACK_FAILURES>)(`Slack answering %s for ${OUTAGE_MS / 1000} s`, (kind) => {
  it("delivers the escalation and every later message afterwards, once, in order", async () => {
    const channel = `C0OUT${kind === "5xx" ? "503" : "429"}`;
    const ws = await connectSlackWorkspace(web.url, slack, `slack${kind}`, channel);
    // Slack fails from the first parent post on (however long the escalation takes to get there
    // on a busy machine), for OUTAGE_MS from that moment.
    const failure = SLACK_FAILURES[kind];
    slack.failFor("chat.postMessage", failure, 10 * 60_000);
    const failedBefore = slack.calls.filter((call) => call.status === failure.status).length;
    const visitor = await escalate(web.url, ws.publicKey, "line 0: my order arrived broken");
    await until("Slack refused the parent", () => slack.calls.filter((call) => call.status === failure.status).length > failedBefore, 120_000, 50);
    slack.failFor("chat.postMessage", failure, OUTAGE_MS);
    const outageEnds = Date.now() + OUTAGE_MS;
    const during = await query(postgres.url, `SELECT status FROM "HandoffDelivery" WHERE "organizationId" = $1`, [ws.owner.organizationId]);
    expect(during.map((row) => row.status)).toEqual(["PENDING"]);
    const lines: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const text = `line ${i}: ${randomUUID().slice(0, 6)}`;
      lines.push(text);
      if (i % 2 === 1) await visitorSays(web.url, visitor, text);
      else await agentSays(web.url, ws.owner, visitor.conversationId, text);
      await sleep(Math.min(2_000, OUTAGE_MS / 8));
    }

    await sleep(Math.max(0, outageEnds - Date.now()));
    const parent = await until("the parent message", () => slack.parents(channel).find((message) => JSON.stringify(message.blocks ?? []).includes(visitor.conversationId)), RECOVERY_MS, 200);
    const thread = () => slack.replies(parent.ts).map((message) => message.text).join("\n");
    await until("every line in the thread", () => lines.every((line) => thread().includes(line)), RECOVERY_MS, 200);
    console.log(`[faults] slack ${kind}: everything in Slack ${Date.now() - outageEnds} ms after the outage ended`);

    expect(slack.parents(channel)).toHaveLength(1);
    const text = thread();
    const positions = ["line 0", ...lines].map((line) => text.indexOf(line));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const line of lines) expect(text.split(line).length - 1, line).toBe(1);
    expect(slack.calls.some((call) => call.method === "chat.postMessage" && call.status === SLACK_FAILURES[kind].status)).toBe(true);

    const parents = await query(postgres.url, `SELECT status, "externalId" FROM "HandoffDelivery" WHERE "organizationId" = $1`, [ws.owner.organizationId]);
    expect(parents).toEqual([{ status: "SENT", externalId: parent.ts }]);
    await until("message deliveries sent", async () => {
      const rows = await query(postgres.url, `SELECT status FROM "MessageDelivery" WHERE "organizationId" = $1 AND channel = 'SLACK'`, [ws.owner.organizationId]);
      return rows.length >= lines.length && rows.every((row) => row.status === "SENT");
    }, 15_000);
  });
});

const WHATSAPP_FAILURES = {
  "5xx": { status: 500, code: 1, message: "An unknown error occurred" },
  "429": { status: 429, code: 130429, message: "(#130429) Rate limit hit" },
} as const;

describe.each(Object.keys(WHATSAPP_FAILURES) as Array<keyof typeof WHATSAPP_FAILURES>)(`WhatsApp answering %s for ${OUTAGE_MS / 1000} s`, (kind) => {
  it("delivers the agent's replies afterwards, once, in order, PENDING -> SENT", async () => {
    const { owner, customer, conversationId } = await whatsappConversation(`wa${kind}`);
    whatsapp.failFor(WHATSAPP_FAILURES[kind], OUTAGE_MS);
    const outageEnds = Date.now() + OUTAGE_MS;
    const replies: Array<{ id: string; body: string }> = [];
    for (let i = 1; i <= 3; i++) {
      replies.push(await agentSays(web.url, owner, conversationId, `reply ${i}: ${randomUUID().slice(0, 6)}`));
      await sleep(Math.min(2_000, OUTAGE_MS / 8));
    }
    const statuses = async () => query(postgres.url, `SELECT id, "deliveryStatus" FROM "Message" WHERE id = ANY($1)`, [replies.map((reply) => reply.id)]);
    expect((await statuses()).map((row) => row.deliveryStatus)).not.toContain("SENT");
    expect((await statuses()).map((row) => row.deliveryStatus)).toContain("PENDING");

    await sleep(Math.max(0, outageEnds - Date.now()));
    await until("every reply sent", () => replies.every((reply) => whatsapp.sentTo(customer).some((send) => send.text === reply.body)), RECOVERY_MS, 200);
    console.log(`[faults] whatsapp ${kind}: everything sent ${Date.now() - outageEnds} ms after the outage ended`);
    const sent = whatsapp.sentTo(customer).map((send) => send.text).filter((text) => text.startsWith("reply "));
    expect(sent).toEqual(replies.map((reply) => reply.body));
    expect(whatsapp.rejected.some((rejection) => rejection.to === customer && rejection.status === WHATSAPP_FAILURES[kind].status)).toBe(true);
    await until("delivery statuses SENT", async () => (await statuses()).every((row) => row.deliveryStatus === "SENT"), 15_000);
  });
});

let phoneCounter = 0;

/** A WhatsApp number connected to a new workspace, and a customer who wrote (their window is open). */
async function whatsappConversation(label: string) {
  const owner = await signUpOwner(web.url, label);
  const phoneNumberId = `10${Date.now()}${++phoneCounter}`.slice(0, 15);
  const appSecret = "c".repeat(32);
  const created = await http(web.url, "POST", "/api/whatsapp/accounts", {
    cookie: owner.cookie,
    body: { phoneNumberId, businessAccountId: "100200300400500", displayPhone: "+1 555 000 0000", accessToken: `EAAfake${randomUUID().replace(/-/g, "")}`, appSecret, verifyToken: "verify-token-0123456789", agentAlertTemplate: "agent_alert", followUpTemplate: "follow_up" },
  });
  if (created.status !== 201) throw new Error(`WhatsApp connect failed: ${created.status} ${JSON.stringify(created.body)}`);
  const customer = `1555${String(Date.now()).slice(-6)}${phoneCounter}`;
  const meta = whatsapp.webhooks({ appSecret, phoneNumberId, deliver: `${web.url}/api/whatsapp/webhook/${created.body.id}` });
  expect((await meta.sendText(customer, "Hello, is the flat still available?", { name: "Maria" })).status).toBe(200);
  // The bot's answer went out: the conversation exists and the window is open.
  await until("the bot's first answer", () => whatsapp.sentTo(customer).length > 0, 30_000);
  const [conversation] = await query(postgres.url, `SELECT c.id FROM "Conversation" c JOIN "Contact" k ON k.id = c."contactId" WHERE k."waId" = $1 AND c."organizationId" = $2`, [customer, owner.organizationId]);
  return { owner, customer, conversationId: conversation!.id as string };
}

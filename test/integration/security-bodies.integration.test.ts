// Bodies on the routes strangers can reach: over the route's limit 413, broken JSON 400, another
// content type 415, a missing field 422 naming it (STYLE.md: validation is 422), and an extra field
// ignored (never a way to set the role, workspace or conversation). None of them changes anything.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as signupRoute from "@/app/api/signup/route";
import * as slackEventsRoute from "@/app/api/slack/events/route";
import * as slackInteractionsRoute from "@/app/api/slack/interactions/route";
import * as v1MessagesRoute from "@/app/api/v1/conversations/[conversationId]/messages/route";
import * as whatsappWebhookRoute from "@/app/api/whatsapp/webhook/[accountId]/route";
import * as widgetMessagesRoute from "@/app/api/widget/messages/route";
import * as apiKeysRoute from "@/app/api/workspace/api-keys/route";
import { getQueue } from "@/jobs/queues";
import { drainBackground } from "@/server/background";
import { db } from "@/server/db";
import { encryptSecret } from "@/server/secrets";
import { signBody } from "../fakes/whatsapp-server";
import { signed } from "../fakes/slack-server";
import { fakeIpHeader, signUpOwner, uniqueEmail, type TestAccount } from "../support/accounts";
import { call, type CallOptions, type CallResult } from "../support/routes";
import { bearer, createWidgetInbox, startVisitor } from "../support/widget";

let owner: TestAccount;
let other: TestAccount;
let visitor: Awaited<ReturnType<typeof startVisitor>>;
let conversationId: string;
let apiKey: string;
let whatsappAccountId: string;
const WHATSAPP_SECRET = "security-app-secret-0123456789";

const json = (rawBody: string, headers: Record<string, string> = {}): CallOptions => ({ rawBody, headers: { "content-type": "application/json", ...headers } });
const big = (bytes: number) => JSON.stringify({ clientId: randomUUID(), text: "x".repeat(bytes) });

function expectError(response: CallResult, status: number, code?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  if (code) expect(response.body.error.code).toBe(code);
}

beforeAll(async () => {
  owner = await signUpOwner("bodies-owner", "Bodies Co");
  other = await signUpOwner("bodies-other", "Other Co");
  const inbox = await createWidgetInbox(owner.organizationId);
  visitor = await startVisitor(inbox.publicKey);
  const first = await call(widgetMessagesRoute.POST, "POST", "/", { headers: bearer(visitor.token), body: { clientId: randomUUID(), text: "first" } });
  conversationId = first.body.message.conversationId;
  // The bot answers "first" after the response: let it land before the tests count messages.
  await drainBackground();
  apiKey = (await call(apiKeysRoute.POST, "POST", "/", { cookie: owner.cookie, body: { name: "bodies" } })).body.key;
  whatsappAccountId = (
    await db.whatsAppAccount.create({
      data: {
        organizationId: owner.organizationId,
        phoneNumberId: `9${Date.now()}`,
        businessAccountId: "1",
        accessToken: encryptSecret("token"),
        appSecret: encryptSecret(WHATSAPP_SECRET),
        verifyToken: encryptSecret("verify"),
      },
    })
  ).id;
});

const messageCount = () => db.message.count({ where: { conversationId } });

describe("POST /api/widget/messages (16 KB)", () => {
  const post = (options: CallOptions) => call(widgetMessagesRoute.POST, "POST", "/", { ...options, headers: { ...bearer(visitor.token), ...options.headers } });

  it("refuses oversized, malformed, mistyped and incomplete bodies and stores nothing", async () => {
    const before = await messageCount();
    expectError(await post(json(big(17 * 1024))), 413, "PAYLOAD_TOO_LARGE");
    // A client that lies about the length is stopped while reading, not trusted.
    expectError(await post(json(big(17 * 1024), { "content-length": "10" })), 413);
    expectError(await post(json("{\"clientId\": \"abcdefgh\", \"text\": ")), 400, "BAD_REQUEST");
    expectError(await post({ rawBody: "text=hello", headers: { "content-type": "application/x-www-form-urlencoded" } }), 415, "UNSUPPORTED_MEDIA_TYPE");
    expectError(await post({ rawBody: JSON.stringify({ clientId: randomUUID(), text: "hi" }), headers: { "content-type": "text/plain" } }), 415);
    const missing = await post(json(JSON.stringify({ clientId: randomUUID() })));
    expectError(missing, 422, "VALIDATION_FAILED");
    expect(missing.body.error.message).toContain("text");
    const tooLong = await post(json(JSON.stringify({ clientId: randomUUID(), text: "y".repeat(4001) })));
    expectError(tooLong, 422);
    expect(tooLong.body.error.message).toContain("text");
    expectError(await post(json("[]")), 422);
    expectError(await post(json("null")), 422);
    expect(await messageCount()).toBe(before);
  });

  it("ignores fields a visitor may not set: role, workspace, conversation, sequence", async () => {
    const clientId = randomUUID();
    const elsewhere = randomUUID();
    const response = await post(json(JSON.stringify({ clientId, text: "extra fields", role: "AGENT", organizationId: other.organizationId, conversationId: elsewhere, seq: 999, authorName: "Admin" })));
    expect(response.status).toBe(201);
    const stored = await db.message.findFirstOrThrow({ where: { clientId } });
    expect(stored).toEqual(expect.objectContaining({ role: "VISITOR", organizationId: owner.organizationId, conversationId }));
    expect(stored.seq).not.toBe(999);
  });
});

describe("POST /api/signup (64 KB)", () => {
  const signup = (options: CallOptions) => call(signupRoute.POST, "POST", "/", { ...options, headers: { ...fakeIpHeader(), ...options.headers } });

  it("refuses bad bodies and creates no account", async () => {
    const email = uniqueEmail("bodies-signup");
    const valid = { name: "Sam", email, password: "correct-horse-battery", workspaceName: "Sam Co" };
    expectError(await signup(json(JSON.stringify({ ...valid, name: "n".repeat(70 * 1024) }))), 413);
    expectError(await signup(json("{\"email\":")), 400);
    expectError(await signup({ rawBody: new URLSearchParams(valid).toString(), headers: { "content-type": "application/x-www-form-urlencoded" } }), 415);
    for (const field of ["email", "password", "name"] as const) {
      const { [field]: _dropped, ...rest } = valid;
      const response = await signup(json(JSON.stringify(rest)));
      expectError(response, 422);
      expect(response.body.error.message).toContain(field);
    }
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("an extra organizationId or role joins no existing workspace", async () => {
    const email = uniqueEmail("bodies-extra");
    const response = await signup(json(JSON.stringify({ name: "Eve", email, password: "correct-horse-battery", workspaceName: "Eve Co", organizationId: owner.organizationId, role: "owner" })));
    expect(response.status).toBe(201);
    expect(response.body.organizationId).not.toBe(owner.organizationId);
    expect(await db.member.count({ where: { organizationId: owner.organizationId, user: { email } } })).toBe(0);
  });
});

describe("POST /api/v1/conversations/[id]/messages (64 KB)", () => {
  const post = (options: CallOptions) => call(v1MessagesRoute.POST, "POST", "/", { ...options, params: { conversationId }, headers: { authorization: `Bearer ${apiKey}`, ...options.headers } });

  it("refuses bad bodies and stores nothing", async () => {
    const before = await messageCount();
    expectError(await post(json(JSON.stringify({ text: "z".repeat(65 * 1024) }))), 413);
    expectError(await post(json("{text:")), 400);
    expectError(await post({ rawBody: "text=hi", headers: { "content-type": "application/x-www-form-urlencoded" } }), 415);
    const missing = await post(json("{}"));
    expectError(missing, 422);
    expect(missing.body.error.message).toContain("text");
    const wrongType = await post(json(JSON.stringify({ text: "hi", note: "yes" })));
    expectError(wrongType, 422);
    expect(wrongType.body.error.message).toContain("note");
    expect(await messageCount()).toBe(before);
  });
});

describe("Slack's public routes (256 KB, checked before the signature)", () => {
  it("events: 413, 415, 400, and an unsigned body 401; nothing is queued", async () => {
    const eventId = `EvSEC${Date.now()}`;
    const body = JSON.stringify({ type: "event_callback", team_id: "T0SEC", event_id: eventId, event: { type: "message", text: "x".repeat(300 * 1024) } });
    expectError(await call(slackEventsRoute.POST, "POST", "/", json(body)), 413);
    expectError(await call(slackEventsRoute.POST, "POST", "/", { rawBody: "payload={}", headers: { "content-type": "application/x-www-form-urlencoded" } }), 415);
    expectError(await call(slackEventsRoute.POST, "POST", "/", signed("any-secret", "{\"type\":", "application/json")), 400);
    const small = JSON.stringify({ type: "event_callback", team_id: "T0SEC", event_id: eventId, event: { type: "message", text: "hi" } });
    expectError(await call(slackEventsRoute.POST, "POST", "/", signed("not-the-secret", small, "application/json")), 401);
    expect(await getQueue("default").getJob(`slack-event-${eventId}`)).toBeUndefined();
  });

  it("interactions: 413, 415, 400 for a payload that is not JSON", async () => {
    expectError(await call(slackInteractionsRoute.POST, "POST", "/", { rawBody: `payload=${"x".repeat(300 * 1024)}`, headers: { "content-type": "application/x-www-form-urlencoded" } }), 413);
    expectError(await call(slackInteractionsRoute.POST, "POST", "/", json("{}")), 415);
    expectError(await call(slackInteractionsRoute.POST, "POST", "/", signed("any-secret", "payload=%7Bnot-json", "application/x-www-form-urlencoded")), 400);
    expectError(await call(slackInteractionsRoute.POST, "POST", "/", signed("not-the-secret", "payload=%7B%7D", "application/x-www-form-urlencoded")), 401);
  });
});

describe("POST /api/whatsapp/webhook/[accountId] (1 MB)", () => {
  const deliver = (rawBody: string, headers: Record<string, string>) => call(whatsappWebhookRoute.POST, "POST", "/", { rawBody, headers, params: { accountId: whatsappAccountId } });

  it("413 over a megabyte, 415 for another type, 401 unsigned, 400 for signed broken JSON; nothing stored", async () => {
    const before = await db.message.count({ where: { organizationId: owner.organizationId } });
    const huge = JSON.stringify({ object: "whatsapp_business_account", entry: [], pad: "x".repeat(1024 * 1024) });
    expectError(await deliver(huge, { "content-type": "application/json", "x-hub-signature-256": signBody(huge, WHATSAPP_SECRET) }), 413);
    const ok = JSON.stringify({ object: "whatsapp_business_account", entry: [] });
    expectError(await deliver(ok, { "content-type": "text/plain", "x-hub-signature-256": signBody(ok, WHATSAPP_SECRET) }), 415);
    expectError(await deliver(ok, { "content-type": "application/json" }), 401);
    expectError(await deliver(ok, { "content-type": "application/json", "x-hub-signature-256": signBody(ok, "forged-secret") }), 401);
    const broken = "{\"object\": \"whatsapp_business_account\", \"entry\": [";
    expectError(await deliver(broken, { "content-type": "application/json", "x-hub-signature-256": signBody(broken, WHATSAPP_SECRET) }), 400);
    // The same well-formed, signed body is accepted: the refusals above are about the body alone.
    expect((await deliver(ok, { "content-type": "application/json", "x-hub-signature-256": signBody(ok, WHATSAPP_SECRET) })).status).toBe(200);
    expect(await db.message.count({ where: { organizationId: owner.organizationId } })).toBe(before);
  });
});

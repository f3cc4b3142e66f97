// Rate limits on the public endpoints: past its budget a client gets 429 with Retry-After, the
// request changes nothing, and other clients are unaffected. Budgets in the thousands are spent
// through the same Redis limiter first (consumeRateLimit, as the route does) and only the last
// request goes through the route; small ones are spent with real requests.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as authRoute from "@/app/api/auth/[...all]/route";
import * as acceptRoute from "@/app/api/invitations/[invitationId]/accept/route";
import * as slackEventsRoute from "@/app/api/slack/events/route";
import * as slackInteractionsRoute from "@/app/api/slack/interactions/route";
import * as oauthCallbackRoute from "@/app/api/slack/oauth/callback/route";
import * as whatsappWebhookRoute from "@/app/api/whatsapp/webhook/[accountId]/route";
import * as widgetMessagesRoute from "@/app/api/widget/messages/route";
import * as widgetSessionRoute from "@/app/api/widget/session/route";
import * as invitationsRoute from "@/app/api/workspace/invitations/route";
import { drainBackground } from "@/server/background";
import { db } from "@/server/db";
import { SIGN_IN_LIMIT } from "@/server/auth-limits";
import { PUBLIC_LIMITS } from "@/server/public-limits";
import { consumeRateLimit, type RateLimit } from "@/server/rate-limit";
import { WIDGET_LIMITS } from "@/server/widget-context";
import { signUpOwner, type TestAccount } from "../support/accounts";
import { call, type CallResult } from "../support/routes";
import { bearer, createWidgetInbox, startVisitor } from "../support/widget";

let owner: TestAccount;
let publicKey: string;
let ipCounter = 0;

/** A fresh client address per test, so budgets never leak between tests or runs of this file. */
const newIp = () => `203.0.${Math.floor(Math.random() * 250)}.${(++ipCounter % 250) + 1}`;

/** Spends what is left of a budget for `key` through the same limiter the route uses. */
async function exhaust(limit: RateLimit, key: string) {
  const spend = () => consumeRateLimit(limit, key).catch((error: unknown) => {
    if ((error as { code?: string }).code !== "RATE_LIMITED") throw error;
  });
  for (let spent = 0; spent < limit.points; spent += 100) {
    await Promise.all(Array.from({ length: Math.min(100, limit.points - spent) }, spend));
  }
}

function expectLimited(response: CallResult) {
  expect(response.status).toBe(429);
  expect(response.body.error.code).toBe("RATE_LIMITED");
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(Number.isInteger(retryAfter) && retryAfter > 0).toBe(true);
}

beforeAll(async () => {
  owner = await signUpOwner("limits-owner", "Limits Co");
  publicKey = (await createWidgetInbox(owner.organizationId)).publicKey;
});

describe("widget limits", () => {
  it("a visitor past 20 messages a minute gets 429 with Retry-After and the message is not stored", async () => {
    const visitor = await startVisitor(publicKey);
    const statuses: number[] = [];
    let last: CallResult | undefined;
    let conversationId = "";
    for (let i = 0; i <= WIDGET_LIMITS.postPerVisitor.points; i += 1) {
      // Each from another address: the per-visitor budget is what stops them.
      last = await call(widgetMessagesRoute.POST, "POST", "/", { headers: { ...bearer(visitor.token), "x-forwarded-for": newIp() }, body: { clientId: randomUUID(), text: `message ${i}` } });
      statuses.push(last.status);
      conversationId ||= last.body.message?.conversationId;
      // One bot answer at a time: twenty racing ones only measure the machine.
      await drainBackground();
    }
    expect(statuses.slice(0, -1).every((status) => status === 201)).toBe(true);
    expectLimited(last!);
    expect(await db.message.count({ where: { conversationId, role: "VISITOR" } })).toBe(WIDGET_LIMITS.postPerVisitor.points);
    expect(await db.message.count({ where: { conversationId, body: `message ${WIDGET_LIMITS.postPerVisitor.points}` } })).toBe(0);
  });

  it("one address past its per-IP budget gets 429 for a new visitor too; another address does not", async () => {
    const ip = newIp();
    const visitor = await startVisitor(publicKey);
    await exhaust(WIDGET_LIMITS.postPerIp, ip);
    const text = `over the IP budget ${randomUUID()}`;
    expectLimited(await call(widgetMessagesRoute.POST, "POST", "/", { headers: { ...bearer(visitor.token), "x-forwarded-for": ip }, body: { clientId: randomUUID(), text } }));
    expect(await db.message.count({ where: { body: text } })).toBe(0);
    const other = await call(widgetMessagesRoute.POST, "POST", "/", { headers: { ...bearer(visitor.token), "x-forwarded-for": newIp() }, body: { clientId: randomUUID(), text } });
    expect(other.status).toBe(201);
  });

  it("widget sessions are limited per address", async () => {
    const ip = newIp();
    await exhaust(WIDGET_LIMITS.session, ip);
    const before = await db.contact.count({ where: { organizationId: owner.organizationId } });
    const response = await call(widgetSessionRoute.POST, "POST", "/", { headers: { origin: "https://shop.example", "x-forwarded-for": ip }, body: { publicKey } });
    expectLimited(response);
    expect(await db.contact.count({ where: { organizationId: owner.organizationId } })).toBe(before);
  });
});

describe("limits added to the other public endpoints", () => {
  const rawJson = (ip: string) => ({ rawBody: JSON.stringify({ type: "event_callback", team_id: "T0NOPE" }), headers: { "content-type": "application/json", "x-forwarded-for": ip } });

  it("Slack events: unsigned floods get 401 until the budget is spent, then 429; other addresses are unaffected", async () => {
    const ip = newIp();
    expect((await call(slackEventsRoute.POST, "POST", "/", rawJson(ip))).status).toBe(401);
    await exhaust(PUBLIC_LIMITS.slackEvents, ip);
    expectLimited(await call(slackEventsRoute.POST, "POST", "/", rawJson(ip)));
    expect((await call(slackEventsRoute.POST, "POST", "/", rawJson(newIp()))).status).toBe(401);
  });

  it("Slack interactions", async () => {
    const ip = newIp();
    const form = { rawBody: "payload=%7B%7D", headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip } };
    expect((await call(slackInteractionsRoute.POST, "POST", "/", form)).status).toBe(401);
    await exhaust(PUBLIC_LIMITS.slackInteractions, ip);
    expectLimited(await call(slackInteractionsRoute.POST, "POST", "/", form));
  });

  it("WhatsApp handshake: 30 wrong verify tokens a minute, then 429 even for a right one", async () => {
    const ip = newIp();
    const statuses: number[] = [];
    for (let i = 0; i < PUBLIC_LIMITS.whatsappHandshake.points; i += 1) {
      const response = await call(whatsappWebhookRoute.GET, "GET", `/?hub.mode=subscribe&hub.verify_token=guess-${i}&hub.challenge=c`, { headers: { "x-forwarded-for": ip }, params: { accountId: "acct-guess" } });
      statuses.push(response.status);
    }
    expect(new Set(statuses)).toEqual(new Set([403]));
    expectLimited(await call(whatsappWebhookRoute.GET, "GET", "/?hub.mode=subscribe&hub.verify_token=x&hub.challenge=c", { headers: { "x-forwarded-for": ip }, params: { accountId: "acct-guess" } }));
  });

  it("WhatsApp webhook POST", async () => {
    const ip = newIp();
    const post = () => call(whatsappWebhookRoute.POST, "POST", "/", { rawBody: "{}", headers: { "content-type": "application/json", "x-forwarded-for": ip, "x-hub-signature-256": "sha256=00" }, params: { accountId: "acct-guess" } });
    expect((await post()).status).toBe(401);
    await exhaust(PUBLIC_LIMITS.whatsappWebhook, ip);
    expectLimited(await post());
  });

  it("Slack OAuth callback", async () => {
    const ip = newIp();
    await exhaust(PUBLIC_LIMITS.slackOAuthCallback, ip);
    const response = await call(oauthCallbackRoute.GET, "GET", "/api/slack/oauth/callback?code=c&state=s", { cookie: owner.cookie, headers: { "x-forwarded-for": ip } });
    expectLimited(response);
  });

  it("invitation accept: guessing ids from one address stops at 20 an hour; nothing is joined", async () => {
    const ip = newIp();
    const invitee = await signUpOwner("limits-invitee", "Invitee Co");
    const invitation = await call(invitationsRoute.POST, "POST", "/", { cookie: owner.cookie, body: { email: invitee.email, role: "agent" } });
    expect(invitation.status).toBe(201);
    const statuses: number[] = [];
    for (let i = 0; i < PUBLIC_LIMITS.invitationAccept.points; i += 1) {
      statuses.push((await call(acceptRoute.POST, "POST", "/", { cookie: invitee.cookie, headers: { "x-forwarded-for": ip }, params: { invitationId: `guess-${randomUUID()}` } })).status);
    }
    expect(new Set(statuses)).toEqual(new Set([404]));
    // Even the right id is refused from that address now, and the invitation stays pending.
    expectLimited(await call(acceptRoute.POST, "POST", "/", { cookie: invitee.cookie, headers: { "x-forwarded-for": ip }, params: { invitationId: invitation.body.id } }));
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.body.id } })).status).toBe("pending");
    expect(await db.member.count({ where: { organizationId: owner.organizationId, userId: invitee.userId } })).toBe(0);
    // From another address it works.
    const accepted = await call(acceptRoute.POST, "POST", "/", { cookie: invitee.cookie, headers: { "x-forwarded-for": newIp() }, params: { invitationId: invitation.body.id } });
    expect(accepted.status).toBe(200);
  });

  it("sign-in: wrong passwords from one address stop at the budget; then even the right one waits", async () => {
    const ip = newIp();
    const signIn = (password: string) => call(authRoute.POST, "POST", "/api/auth/sign-in/email", { headers: { "x-forwarded-for": ip }, body: { email: owner.email, password } });
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_LIMIT.points; i += 1) statuses.push((await signIn(`wrong-${i}-password`)).status);
    expect(new Set(statuses)).toEqual(new Set([401]));
    expectLimited(await signIn("correct-horse-battery"));
  });

  it("each limit is keyed by its own name: spending one never spends another", async () => {
    const names = Object.values({ ...PUBLIC_LIMITS, ...WIDGET_LIMITS }).map((limit) => limit.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

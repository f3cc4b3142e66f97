// Connecting Slack: "Add to Slack" OAuth with a state bound to the Baton workspace that started it
// (single use), manual mode checked with auth.test, the dashboard's settings and channels, and
// tenant isolation of those routes. Runs the real @slack/web-api client against the fake.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventRequest, startFakeSlack, type FakeSlack } from "../fakes/slack-server";
import { call } from "../support/routes";

const APP_SECRET = "c".repeat(32);

let fake: FakeSlack;
let app: {
  db: typeof import("@/server/db").db;
  settings: typeof import("@/app/api/slack/route");
  manual: typeof import("@/app/api/slack/manual/route");
  start: typeof import("@/app/api/slack/oauth/start/route");
  callback: typeof import("@/app/api/slack/oauth/callback/route");
  channels: typeof import("@/app/api/slack/channels/route");
  channel: typeof import("@/app/api/slack/channels/[slackChannelId]/route");
  events: typeof import("@/app/api/slack/events/route");
  accounts: typeof import("../support/accounts");
  processEvent: typeof import("@/features/slack/process-slack-event");
};

beforeAll(async () => {
  fake = await startFakeSlack();
  Object.assign(process.env, { SLACK_API_URL: fake.url, SLACK_CLIENT_ID: fake.clientId, SLACK_CLIENT_SECRET: fake.clientSecret, SLACK_SIGNING_SECRET: APP_SECRET });
  app = {
    db: (await import("@/server/db")).db,
    settings: await import("@/app/api/slack/route"),
    manual: await import("@/app/api/slack/manual/route"),
    start: await import("@/app/api/slack/oauth/start/route"),
    callback: await import("@/app/api/slack/oauth/callback/route"),
    channels: await import("@/app/api/slack/channels/route"),
    channel: await import("@/app/api/slack/channels/[slackChannelId]/route"),
    events: await import("@/app/api/slack/events/route"),
    accounts: await import("../support/accounts"),
    processEvent: await import("@/features/slack/process-slack-event"),
  };
});

afterAll(async () => {
  await fake?.close();
});

async function startOAuth(cookie: string) {
  const started = await call(app.start.POST, "POST", "/api/slack/oauth/start", { cookie });
  expect(started.status).toBe(200);
  const url = new URL(started.body.url);
  return { url, state: url.searchParams.get("state")! };
}

const callback = (cookie: string, query: Record<string, string>) => call(app.callback.GET, "GET", `/api/slack/oauth/callback?${new URLSearchParams(query)}`, { cookie });
const outcome = (response: { status: number; headers: Headers }) => {
  expect(response.status).toBe(303);
  return new URL(response.headers.get("location")!).searchParams;
};

describe("Add to Slack (OAuth v2)", () => {
  it("exchanges the code for a bot token with a state bound to the workspace that started it", async () => {
    const owner = await app.accounts.signUpOwner("oauth", "OAuth Co");
    const { url, state } = await startOAuth(owner.cookie);
    expect(url.origin + url.pathname).toBe("https://slack.com/oauth/v2/authorize");
    expect(url.searchParams.get("client_id")).toBe(fake.clientId);
    expect(url.searchParams.get("scope")).toContain("chat:write");
    expect(url.searchParams.get("redirect_uri")).toBe(`${process.env.PUBLIC_URL}/api/slack/oauth/callback`);
    const workspace = fake.addOAuthCode("code-1", "T0OAUTH1", "OAuth Slack");

    expect(outcome(await callback(owner.cookie, { code: "code-1", state })).get("connected")).toBe("1");
    const exchange = fake.callsTo("oauth.v2.access").at(-1)!;
    expect(exchange.args).toMatchObject({ client_id: fake.clientId, client_secret: fake.clientSecret, code: "code-1" });
    const installation = await app.db.slackInstallation.findFirstOrThrow({ where: { organizationId: owner.organizationId } });
    expect(installation).toMatchObject({ mode: "OAUTH", slackTeamId: "T0OAUTH1", slackTeamName: "OAuth Slack", botUserId: workspace.botUserId, status: "ACTIVE" });
    // The token is stored encrypted, never as sent.
    expect(installation.botToken).not.toContain(workspace.botToken);
    expect(installation.installation).not.toContain(workspace.botToken);
    const settings = await call(app.settings.GET, "GET", "/api/slack", { cookie: owner.cookie });
    expect(JSON.stringify(settings.body)).not.toContain(workspace.botToken);
    expect(settings.body).toMatchObject({ oauthAvailable: true, installation: { mode: "OAUTH", slackTeamName: "OAuth Slack" }, requestUrls: { events: expect.stringMatching(/\/api\/slack\/events$/) } });

    // The state was used up: replaying the callback connects nothing.
    fake.addOAuthCode("code-2", "T0OAUTH2");
    expect(outcome(await callback(owner.cookie, { code: "code-2", state })).get("error")).toMatch(/expired or was already used/);
    expect(await app.db.slackInstallation.count({ where: { slackTeamId: "T0OAUTH2" } })).toBe(0);
  });

  it("a state started in another workspace, a forged one, or a refused code connects nothing", async () => {
    const a = await app.accounts.signUpOwner("oauth-a", "A Co");
    const b = await app.accounts.signUpOwner("oauth-b", "B Co");
    const { state } = await startOAuth(a.cookie);
    fake.addOAuthCode("code-b", "T0STOLEN");
    expect(outcome(await callback(b.cookie, { code: "code-b", state })).get("error")).toMatch(/another workspace/);
    // Single use even then: A cannot finish with it either (someone else touched it).
    expect(outcome(await callback(a.cookie, { code: "code-b", state })).get("error")).toMatch(/expired or was already used/);
    expect(outcome(await callback(a.cookie, { code: "code-b", state: "forged-state-forged-state-1234" })).get("error")).toMatch(/expired or was already used/);
    const fresh = await startOAuth(a.cookie);
    expect(outcome(await callback(a.cookie, { code: "not-a-code", state: fresh.state })).get("error")).toMatch(/invalid_code/);
    expect(await app.db.slackInstallation.count({ where: { organizationId: { in: [a.organizationId, b.organizationId] } } })).toBe(0);
    // Agents cannot start it; nobody signed out can finish it.
    const agent = await app.accounts.addMember(a, "agent");
    expect((await call(app.start.POST, "POST", "/", { cookie: agent.cookie })).status).toBe(403);
    expect((await call(app.callback.GET, "GET", `/api/slack/oauth/callback?state=${state}&code=x`)).status).toBe(401);
  });

  it("tokens_revoked signed by the app's secret marks OAuth installations of that team as needing attention", async () => {
    const owner = await app.accounts.signUpOwner("oauth-revoke", "Revoke Co");
    const { state } = await startOAuth(owner.cookie);
    fake.addOAuthCode("code-r", "T0REVOKE");
    await callback(owner.cookie, { code: "code-r", state });
    const event = eventRequest(APP_SECRET, { teamId: "T0REVOKE", event: { type: "tokens_revoked", tokens: { bot: ["UBOTT0REVOKE"] } } });
    expect((await call(app.events.POST, "POST", "/", { rawBody: event.rawBody, headers: event.headers })).status).toBe(200);
    // The route queued it, signed by the app; run the job's processor on it (no worker in this file).
    const job = await (await import("@/jobs/queues")).getQueue("default").getJob(`slack-event-${event.eventId}`);
    expect(job!.data).toMatchObject({ teamId: "T0REVOKE", signedBy: ["app"], event: { type: "tokens_revoked" } });
    await app.processEvent.processSlackEvent(job!.data);
    expect(await app.db.slackInstallation.findFirstOrThrow({ where: { organizationId: owner.organizationId } })).toMatchObject({ status: "NEEDS_ATTENTION", lastError: expect.stringContaining("revoked") });
    // A manual install's secret does not speak for OAuth installs.
    const other = await app.accounts.signUpOwner("oauth-revoke-2", "Revoke Two");
    const s2 = await startOAuth(other.cookie);
    fake.addOAuthCode("code-r2", "T0REVOKE");
    await callback(other.cookie, { code: "code-r2", state: s2.state });
    await app.processEvent.processSlackEvent({ eventId: "Ev-other", teamId: "T0REVOKE", signedBy: ["some-manual-installation"], event: { type: "tokens_revoked" } });
    expect((await app.db.slackInstallation.findFirstOrThrow({ where: { organizationId: other.organizationId } })).status).toBe("ACTIVE");
  });
});

describe("manual mode and settings", () => {
  it("checks the bot token with auth.test before storing it", async () => {
    const owner = await app.accounts.signUpOwner("manual", "Manual Co");
    const bad = await call(app.manual.POST, "POST", "/", { cookie: owner.cookie, body: { botToken: "xoxb-not-a-real-token-1234", signingSecret: "d".repeat(32) } });
    expect(bad).toMatchObject({ status: 422, body: { error: { code: "VALIDATION_FAILED" } } });
    expect((await call(app.manual.POST, "POST", "/", { cookie: owner.cookie, body: { botToken: "not-a-token", signingSecret: "d".repeat(32) } })).status).toBe(422);
    const workspace = fake.addWorkspace("T0MANUAL", "Manual Slack");
    const good = await call(app.manual.POST, "POST", "/", { cookie: owner.cookie, body: { botToken: workspace.botToken, signingSecret: "d".repeat(32), defaultChannelId: "C0GENERAL" } });
    expect(good.status).toBe(201);
    expect(good.body.installation).toMatchObject({ mode: "MANUAL", slackTeamId: "T0MANUAL", botUserId: workspace.botUserId, defaultChannelId: "C0GENERAL", status: "ACTIVE" });
    const row = await app.db.slackInstallation.findFirstOrThrow({ where: { organizationId: owner.organizationId } });
    expect(row.signingSecret).not.toContain("d".repeat(32));
    expect(fake.callsTo("auth.test").at(-1)!.token).toBe(workspace.botToken);
  });

  it("one channel per team, alerts-only per channel, and nothing of another workspace's", async () => {
    const a = await app.accounts.signUpOwner("channels-a", "Chan A");
    const b = await app.accounts.signUpOwner("channels-b", "Chan B");
    for (const [owner, team] of [[a, "T0CHANA"], [b, "T0CHANB"]] as const) {
      const workspace = fake.addWorkspace(team);
      await call(app.manual.POST, "POST", "/", { cookie: owner.cookie, body: { botToken: workspace.botToken, signingSecret: "e".repeat(32), defaultChannelId: "C0DEF" } });
    }
    const sales = await app.db.team.create({ data: { organizationId: a.organizationId, name: "Sales" } });
    const first = await call(app.channels.POST, "POST", "/", { cookie: a.cookie, body: { channelId: "C0SALES", teamId: sales.id, alertsOnly: false } });
    expect(first.status).toBe(200);
    const second = await call(app.channels.POST, "POST", "/", { cookie: a.cookie, body: { channelId: "C0SALES2", teamId: sales.id, alertsOnly: true } });
    const byChannel = Object.fromEntries(second.body.channels.map((channel: { channelId: string }) => [channel.channelId, channel]));
    // The team moved to its new channel; the old one stays, without a team.
    expect(byChannel.C0SALES2).toMatchObject({ teamId: sales.id, alertsOnly: true });
    expect(byChannel.C0SALES).toMatchObject({ teamId: null });
    const patched = await call(app.settings.PATCH, "PATCH", "/", { cookie: a.cookie, body: { defaultAlertsOnly: true, confirmTakeover: true } });
    expect(patched.body.installation).toMatchObject({ defaultChannelId: "C0DEF", defaultAlertsOnly: true, confirmTakeover: true });

    // B: sees only B's, cannot use A's team, cannot change or delete A's channel rows.
    const aChannelId = byChannel.C0SALES2.id as string;
    const seen = await call(app.settings.GET, "GET", "/", { cookie: b.cookie });
    expect(JSON.stringify(seen.body)).not.toMatch(new RegExp(`${aChannelId}|${sales.id}|T0CHANA`));
    expect((await call(app.channels.POST, "POST", "/", { cookie: b.cookie, body: { channelId: "C0X", teamId: sales.id } })).status).toBe(404);
    expect((await call(app.channel.PATCH, "PATCH", "/", { cookie: b.cookie, params: { slackChannelId: aChannelId }, body: { alertsOnly: false } })).status).toBe(404);
    expect((await call(app.channel.DELETE, "DELETE", "/", { cookie: b.cookie, params: { slackChannelId: aChannelId } })).status).toBe(404);
    expect(await app.db.slackChannel.findUniqueOrThrow({ where: { id: aChannelId } })).toMatchObject({ alertsOnly: true, teamId: sales.id });
    await call(app.settings.PATCH, "PATCH", "/", { cookie: b.cookie, body: { defaultChannelId: "C0HIJACK" } });
    expect((await app.db.slackInstallation.findFirstOrThrow({ where: { organizationId: a.organizationId } })).defaultChannelId).toBe("C0DEF");
    expect((await call(app.settings.DELETE, "DELETE", "/", { cookie: b.cookie })).status).toBe(204);
    expect(await app.db.slackInstallation.count({ where: { organizationId: a.organizationId } })).toBe(1);
    // A's own changes work, and agents may not make them.
    expect((await call(app.channel.DELETE, "DELETE", "/", { cookie: a.cookie, params: { slackChannelId: aChannelId } })).status).toBe(200);
    const agent = await app.accounts.addMember(a, "agent");
    expect((await call(app.settings.GET, "GET", "/", { cookie: agent.cookie })).status).toBe(403);
    expect((await call(app.settings.PATCH, "PATCH", "/", { cookie: agent.cookie, body: { confirmTakeover: false } })).status).toBe(403);
  });
});

// Slack end to end against test/fakes/slack-server.ts, with the real @slack/web-api client and a
// real BullMQ worker: escalations become parent messages with buttons, the transcript and later
// messages go to the thread (paced, coalesced, in order), claims update the parent, thread replies
// reach the visitor once, and Slack's failures (429, 5xx, revoked tokens) are handled.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockActionRequest, eventRequest, startFakeSlack, threadReply, urlVerificationRequest, type FakeSlack, type SignedBody } from "../fakes/slack-server";
import { call } from "../support/routes";
import { until } from "../support/until";
import { nextEvent, openWidgetSocket } from "../support/widget-sockets";

const APP_SECRET = "a".repeat(32);
const MANUAL_SECRET = "b".repeat(32);

let fake: FakeSlack;
let app: {
  db: typeof import("@/server/db").db;
  events: typeof import("@/app/api/slack/events/route");
  interactions: typeof import("@/app/api/slack/interactions/route");
  manual: typeof import("@/app/api/slack/manual/route");
  settings: typeof import("@/app/api/slack/route");
  channels: typeof import("@/app/api/slack/channels/route");
  detail: typeof import("@/app/api/inbox/conversations/[conversationId]/route");
  accounts: typeof import("../support/accounts");
  inbox: typeof import("../support/inbox");
  widget: typeof import("../support/widget");
  events_: typeof import("@/features/integrations/conversation-events");
  realtime: typeof import("@/server/realtime");
};
let workers: { close(): Promise<void> };
let server: Server;
let realtime: import("@/server/realtime").RealtimeServer;
let socketUrl: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  fake = await startFakeSlack();
  // Set before the app modules load: env.ts reads the environment once.
  Object.assign(process.env, { SLACK_API_URL: fake.url, SLACK_CLIENT_ID: fake.clientId, SLACK_CLIENT_SECRET: fake.clientSecret, SLACK_SIGNING_SECRET: APP_SECRET });
  app = {
    db: (await import("@/server/db")).db,
    events: await import("@/app/api/slack/events/route"),
    interactions: await import("@/app/api/slack/interactions/route"),
    manual: await import("@/app/api/slack/manual/route"),
    settings: await import("@/app/api/slack/route"),
    channels: await import("@/app/api/slack/channels/route"),
    detail: await import("@/app/api/inbox/conversations/[conversationId]/route"),
    accounts: await import("../support/accounts"),
    inbox: await import("../support/inbox"),
    widget: await import("../support/widget"),
    events_: await import("@/features/integrations/conversation-events"),
    realtime: await import("@/server/realtime"),
  };
  workers = (await import("@/jobs/worker")).startWorkers();
  server = createServer();
  realtime = app.realtime.createRealtimeServer(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  socketUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await realtime?.close();
  await new Promise((resolve) => server?.close(resolve));
  await workers?.close();
  // Posts still waiting for a slot would otherwise run in a later test file's worker, whose Slack
  // is not this fake (the files share the run's Redis prefix).
  await (await import("@/jobs/queues")).getQueue("slack").obliterate({ force: true });
  await fake?.close();
});

let teamCounter = 0;

/** A Baton workspace connected (manual mode) to its own fake Slack workspace, with agent Ana known to Slack by email. */
async function connectedWorkspace(label: string, { channel = "C0DEFAULT" } = {}) {
  const owner = await app.accounts.signUpOwner(`${label}-owner`, `${label} Co`);
  const ana = await app.accounts.addMember(owner, "agent", "Ana");
  const omar = await app.accounts.addMember(owner, "agent", "Omar");
  const teamId = `T0${label.toUpperCase().replace(/[^A-Z0-9]/g, "")}${++teamCounter}`;
  const workspace = fake.addWorkspace(teamId, `${label} Slack`);
  fake.addUser(teamId, { id: "UANA", email: ana.email.toUpperCase(), displayName: "ana.slack" });
  fake.addUser(teamId, { id: "UOMAR", email: omar.email, displayName: "omar.slack" });
  fake.addUser(teamId, { id: "UGUEST", email: "guest@elsewhere.test", displayName: "Guest Helper" });
  const connected = await call(app.manual.POST, "POST", "/api/slack/manual", { cookie: owner.cookie, body: { botToken: workspace.botToken, signingSecret: MANUAL_SECRET, defaultChannelId: channel } });
  expect(connected.status).toBe(201);
  const inbox = await app.widget.createWidgetInbox(owner.organizationId);
  return { owner, ana, omar, teamId, workspace, channel, publicKey: inbox.publicKey };
}

type Workspace = Awaited<ReturnType<typeof connectedWorkspace>>;

/** A visitor escalates; resolves when the parent message is in Slack, with the time from the handoff's commit to Slack's answer. */
async function escalate(ws: Workspace, text = "My order arrived broken") {
  const visitor = await app.inbox.escalatedVisitor(ws.publicKey, text);
  const parent = await fake.waitFor(() => fake.messages.find((message) => !message.thread_ts && message.channel === ws.channel && JSON.stringify(message.blocks ?? []).includes(visitor.conversationId)));
  const handoff = await app.db.handoff.findFirstOrThrow({ where: { conversationId: visitor.conversationId } });
  // The thread is recorded right after Slack answers; people reply only after seeing the message.
  await until(() => app.db.slackThread.findFirst({ where: { conversationId: visitor.conversationId, threadTs: parent.ts } }));
  const posted = fake.callsTo("chat.postMessage").find((entry) => entry.status === 200 && JSON.stringify(entry.args.blocks ?? []).includes(visitor.conversationId))!;
  return { visitor, parent, elapsedMs: posted.at - handoff.createdAt.getTime() };
}

const send = (route: { POST?: unknown }, body: SignedBody) => call(route.POST as never, "POST", "/", { rawBody: body.rawBody, headers: body.headers });
const reply = (ws: Workspace, threadTs: string, user: string, text: string, extra: Record<string, unknown> = {}) =>
  eventRequest(MANUAL_SECRET, { teamId: ws.teamId, event: { ...threadReply({ channel: ws.channel, threadTs, user, text }), ...extra } });

const conversationOf = (id: string) => app.db.conversation.findUniqueOrThrow({ where: { id } });

describe("Slack: done when (end to end)", () => {
  beforeAll(async () => {
    // The bar is for a running server: the first escalation of a fresh process also pays for
    // opening connections and compiling code paths, so one goes through before the measured one.
    const warm = await connectedWorkspace("warmup", { channel: "C0WARM" });
    await escalate(warm);
  });

  it("escalation -> parent with Claim within 1 s; Claim claims; thread reply reaches the widget; the visitor's answer reaches the thread; duplicates store nothing; forged signatures get 401", async () => {
    const ws = await connectedWorkspace("e2e");
    const { visitor, parent, elapsedMs } = await escalate(ws, "I want a refund, the jacket is torn");
    expect(elapsedMs).toBeLessThan(1_000);
    const actions = parent.blocks!.find((block) => block.type === "actions");
    expect(actions.elements.map((element: { text: { text: string } }) => element.text.text)).toEqual(["Claim", "Resolve", "Open in Baton"]);
    expect(JSON.stringify(parent.blocks)).toContain("explicit request");

    // The transcript follows in the thread (its own paced post).
    await fake.waitFor(() => fake.replies(parent.ts).find((message) => message.text.includes("the jacket is torn")));
    const delivery = await app.db.handoffDelivery.findFirstOrThrow({ where: { organizationId: ws.owner.organizationId } });
    expect(delivery).toMatchObject({ channel: "SLACK", target: ws.channel, status: "SENT", externalId: parent.ts });

    // Ana presses Claim in Slack: the inbox shows her as the assignee, claimed via Slack.
    const claimed = await send(app.interactions, blockActionRequest(MANUAL_SECRET, { teamId: ws.teamId, user: { id: "UANA" }, channel: ws.channel, messageTs: parent.ts, actionId: "baton_claim", value: visitor.conversationId }));
    expect(claimed.status).toBe(200);
    const detail = await until(async () => {
      const response = await call(app.detail.GET, "GET", "/", { cookie: ws.owner.cookie, params: { conversationId: visitor.conversationId } });
      return response.body.conversation.assignee ? response.body : null;
    });
    expect(detail.conversation).toMatchObject({ status: "ASSIGNED", assignee: { id: ws.ana.userId, name: "Ana" } });
    expect(detail.handoff).toMatchObject({ claimedVia: "slack", claimedBy: { name: "Ana" } });
    // The parent now says who claimed it and how fast, and has no Claim button.
    await fake.waitFor(() => parent.updates > 0 && JSON.stringify(parent.blocks).includes("Claimed by *Ana* after 0:0"));
    expect(JSON.stringify(parent.blocks)).not.toContain("baton_claim");

    // A thread reply reaches the visitor's widget live.
    const widget = await openWidget(visitor.token);
    const live = nextEvent<{ role: string; body: string; author: { name: string } }>(widget, "message:created", (message) => message.body === "Hi, I'm on it");
    const event = reply(ws, parent.ts, "UANA", "Hi, I'm on it");
    expect((await send(app.events, event)).status).toBe(200);
    expect(await live).toMatchObject({ role: "agent", author: { name: "Ana" } });
    const stored = await app.db.message.findFirstOrThrow({ where: { conversationId: visitor.conversationId, body: "Hi, I'm on it" } });
    expect(stored).toMatchObject({ source: "SLACK", role: "AGENT", authorId: ws.ana.userId });

    // Slack delivers the same event again, and the same message under another event id: stored once.
    expect((await send(app.events, event)).status).toBe(200);
    const again = JSON.parse(event.rawBody);
    expect((await send(app.events, eventRequest(MANUAL_SECRET, { teamId: ws.teamId, event: again.event }))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await app.db.message.count({ where: { conversationId: visitor.conversationId, body: "Hi, I'm on it" } })).toBe(1);
    // Baton's own copy does not echo back into the thread.
    expect(fake.replies(parent.ts).some((message) => message.text.includes("I'm on it"))).toBe(false);

    // The visitor answers: it appears in the thread.
    await app.inbox.visitorSays(visitor.token, "Thanks, order 5521");
    await fake.waitFor(() => fake.replies(parent.ts).find((message) => message.text.includes("Thanks, order 5521")), 5_000);

    // A forged signature (another secret) gets 401 and changes nothing.
    const forged = eventRequest("f".repeat(32), { teamId: ws.teamId, event: threadReply({ channel: ws.channel, threadTs: parent.ts, user: "UANA", text: "forged" }) });
    expect((await send(app.events, forged)).status).toBe(401);
    expect(await app.db.message.count({ where: { body: "forged" } })).toBe(0);
  });
});

const openWidget = (token: string) => openWidgetSocket(socketUrl, token, sockets);

/** Waits for the job Slack's delivery became (its id is the event id) and returns what it returned. */
async function processed(kind: "event" | "action", id: string) {
  const { getQueue } = await import("@/jobs/queues");
  return until(async () => {
    const job = await getQueue("default").getJob(kind === "event" ? `slack-event-${id}` : id);
    if (!job?.finishedOn) return null;
    if (job.failedReason) throw new Error(`job failed: ${job.failedReason}`);
    return { value: job.returnvalue };
  });
}

const postsIn = (channel: string) => fake.callsTo("chat.postMessage").filter((entry) => entry.args.channel === channel);

describe("Slack: posting, pacing and faults", () => {
  it("paces one channel to a post per second: a burst of escalations arrives complete, with no 429", async () => {
    const ws = await connectedWorkspace("pace", { channel: "C0PACE" });
    const limitedBefore = fake.rateLimited;
    const visitors = await Promise.all([1, 2, 3].map((n) => app.inbox.escalatedVisitor(ws.publicKey, `Problem number ${n}, I need a human`)));
    await fake.waitFor(() => postsIn("C0PACE").filter((entry) => entry.status === 200).length >= 6, 12_000);
    expect(fake.rateLimited).toBe(limitedBefore);
    const times = postsIn("C0PACE").map((entry) => entry.at);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1_000);
    // Each escalation has its parent and its transcript.
    for (const visitor of visitors) {
      const parent = fake.parents("C0PACE").find((message) => JSON.stringify(message.blocks).includes(visitor.conversationId))!;
      expect(fake.replies(parent.ts)).toHaveLength(1);
    }
  }, 20_000);

  it("coalesces a burst of visitor messages into one thread post, in order", async () => {
    const ws = await connectedWorkspace("burst", { channel: "C0BURST" });
    const { visitor, parent } = await escalate(ws);
    await fake.waitFor(() => fake.replies(parent.ts).length === 1);
    for (const n of [1, 2, 3, 4, 5]) await app.inbox.visitorSays(visitor.token, `burst line ${n}`);
    const last = await fake.waitFor(() => fake.replies(parent.ts).find((message) => message.text.includes("burst line 5")), 5_000);
    const posts = fake.replies(parent.ts).filter((message) => message.text.includes("burst line"));
    expect(posts.length).toBeLessThanOrEqual(2);
    const text = posts.map((message) => message.text).join("\n");
    const positions = [1, 2, 3, 4, 5].map((n) => text.indexOf(`burst line ${n}`));
    expect(positions.every((position, i) => position >= 0 && (i === 0 || position > positions[i - 1]!))).toBe(true);
    expect(last.text).toContain("burst line 5");
    // Each message's delivery row is SENT with the ts of the post that carried it.
    const rows = await until(async () => {
      const found = await app.db.messageDelivery.findMany({ where: { organizationId: ws.owner.organizationId, message: { body: { startsWith: "burst line" } } } });
      return found.length === 5 && found.every((row) => row.status === "SENT") ? found : null;
    });
    expect(rows.every((row) => posts.some((post) => post.ts === row.externalId))).toBe(true);
  });

  it("honours Retry-After on a 429 without spending an attempt and retries a 5xx with backoff; the delivery row shows the attempts", async () => {
    const ws = await connectedWorkspace("faults", { channel: "C0FAULT" });
    fake.failNext("chat.postMessage", { status: 429, retryAfter: 2 });
    const limited = await escalate(ws, "Rate limited please help");
    const calls = postsIn("C0FAULT");
    const first429 = calls.find((entry) => entry.status === 429)!;
    const success = calls.find((entry) => entry.status === 200 && JSON.stringify(entry.args.blocks).includes(limited.visitor.conversationId))!;
    expect(success.at - first429.at).toBeGreaterThanOrEqual(2_000);
    const row = await until(() => app.db.handoffDelivery.findFirst({ where: { handoff: { conversationId: limited.visitor.conversationId }, status: "SENT" } }));
    // A 429 is a wait, not a failed attempt: only the successful post counts, so a long rate
    // limit can never use up the attempts meant for real errors.
    expect(row).toMatchObject({ attempts: 1, externalId: limited.parent.ts });

    await new Promise((resolve) => setTimeout(resolve, 1_200));
    fake.failNext("chat.postMessage", { status: 503 });
    const failing = await app.inbox.escalatedVisitor(ws.publicKey, "Server error please help");
    const pending = await until(() => app.db.handoffDelivery.findFirst({ where: { handoff: { conversationId: failing.conversationId }, attempts: 1 } }));
    expect(pending).toMatchObject({ status: "PENDING", lastError: "slack: HTTP 503" });
    await fake.waitFor(() => fake.parents("C0FAULT").find((message) => JSON.stringify(message.blocks).includes(failing.conversationId)), 8_000);
    const sent = await until(() => app.db.handoffDelivery.findFirst({ where: { handoff: { conversationId: failing.conversationId }, status: "SENT" } }));
    expect(sent).toMatchObject({ attempts: 2, lastError: null });
  }, 20_000);

  it("a revoked token marks the connection as needing attention, stops retrying and tells the admins", async () => {
    const ws = await connectedWorkspace("revoked", { channel: "C0REVOKE" });
    fake.revoke(ws.workspace.botToken);
    const visitor = await app.inbox.escalatedVisitor(ws.publicKey, "Anyone there? I need a person");
    const installation = await until(() => app.db.slackInstallation.findFirst({ where: { organizationId: ws.owner.organizationId, status: "NEEDS_ATTENTION" } }));
    expect(installation.lastError).toContain("token_revoked");
    const failed = await until(() => app.db.handoffDelivery.findFirst({ where: { handoff: { conversationId: visitor.conversationId }, status: "FAILED" } }));
    expect(failed).toMatchObject({ attempts: 1, lastError: "slack: token_revoked" });
    expect(await app.db.auditLog.count({ where: { organizationId: ws.owner.organizationId, action: "slack.needs_attention" } })).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    // One try only: no retries with a dead token.
    expect(fake.callsTo("chat.postMessage").filter((entry) => entry.token === ws.workspace.botToken)).toHaveLength(1);
    const settings = await call(app.settings.GET, "GET", "/api/slack", { cookie: ws.owner.cookie });
    expect(settings.body.installation).toMatchObject({ status: "NEEDS_ATTENTION", lastError: expect.stringContaining("Reconnect") });
    // Later escalations are recorded as failed at once rather than lost silently.
    const later = await app.inbox.escalatedVisitor(ws.publicKey, "Hello? A human please");
    await until(() => app.db.handoffDelivery.findFirst({ where: { handoff: { conversationId: later.conversationId }, status: "FAILED" } }));
    // Reconnecting (here: manual mode again) makes it active.
    const reconnected = await call(app.manual.POST, "POST", "/api/slack/manual", { cookie: ws.owner.cookie, body: { botToken: fake.addWorkspace(ws.teamId).botToken, signingSecret: MANUAL_SECRET } });
    expect(reconnected.body.installation).toMatchObject({ status: "ACTIVE", lastError: null });
  }, 15_000);

  it("Resolve in Slack resolves the conversation and the parent says so", async () => {
    const ws = await connectedWorkspace("resolve", { channel: "C0RESOLVE" });
    const { visitor, parent } = await escalate(ws);
    await send(app.interactions, blockActionRequest(MANUAL_SECRET, { teamId: ws.teamId, user: { id: "UOMAR" }, channel: ws.channel, messageTs: parent.ts, actionId: "baton_resolve", value: visitor.conversationId }));
    await until(async () => (await conversationOf(visitor.conversationId)).status === "RESOLVED");
    await fake.waitFor(() => JSON.stringify(parent.blocks).includes("Resolved"));
    expect(JSON.stringify(parent.blocks)).not.toMatch(/baton_claim|baton_resolve/);
  });
});

describe("Slack: events and replies", () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await connectedWorkspace("inbound", { channel: "C0INBOUND" });
  });

  it("answers url_verification, and refuses bad or stale signatures with 401", async () => {
    const good = await send(app.events, urlVerificationRequest(APP_SECRET, "challenge-123"));
    expect(good).toMatchObject({ status: 200, body: { challenge: "challenge-123" } });
    // A manual install's own secret also verifies (self-hosters paste their app's URL).
    expect((await send(app.events, urlVerificationRequest(MANUAL_SECRET, "c2"))).body.challenge).toBe("c2");
    expect((await send(app.events, urlVerificationRequest("0".repeat(32), "nope"))).status).toBe(401);
    const stale = eventRequest(MANUAL_SECRET, { teamId: ws.teamId, event: { type: "message" }, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect((await send(app.events, stale)).status).toBe(401);
    const future = eventRequest(MANUAL_SECRET, { teamId: ws.teamId, event: { type: "message" }, timestamp: Math.floor(Date.now() / 1000) + 6 * 60 });
    expect((await send(app.events, future)).status).toBe(401);
    const tampered = eventRequest(MANUAL_SECRET, { teamId: ws.teamId, event: { type: "message", text: "a" } });
    expect((await send(app.events, { ...tampered, rawBody: tampered.rawBody.replace('"a"', '"b"') })).status).toBe(401);
    const unsigned = await call(app.events.POST, "POST", "/", { rawBody: JSON.stringify({ type: "url_verification", challenge: "x" }), headers: { "content-type": "application/json" } });
    expect(unsigned.status).toBe(401);
    const forgedAction = blockActionRequest("0".repeat(32), { teamId: ws.teamId, user: { id: "UANA" }, channel: ws.channel, messageTs: "1.1", actionId: "baton_claim" });
    expect((await send(app.interactions, forgedAction)).status).toBe(401);
  });

  it("ignores bot messages, edits, other subtypes, Baton's own user and non-thread messages", async () => {
    const { visitor, parent } = await escalate(ws, "Ignore the bots please");
    const variants = [
      { bot_id: "B0OTHER" },
      { subtype: "bot_message", bot_id: "B0OTHER" },
      { subtype: "message_changed" },
      { subtype: "channel_join" },
      { user: ws.workspace.botUserId },
      { thread_ts: undefined },
    ];
    for (const extra of variants) {
      const event = reply(ws, parent.ts, "UANA", "should be ignored", extra);
      expect((await send(app.events, event)).status).toBe(200);
      const result = await processed("event", event.eventId);
      expect(result.value).toHaveProperty("ignored");
    }
    expect(await app.db.message.count({ where: { conversationId: visitor.conversationId, body: "should be ignored" } })).toBe(0);
  });

  it("a note: reply is an internal note the visitor never sees; an unknown Slack user's reply carries their Slack name", async () => {
    const { visitor, parent } = await escalate(ws, "Note test please, human");
    const note = reply(ws, parent.ts, "UANA", "note: customer is a VIP, be nice");
    await send(app.events, note);
    await processed("event", note.eventId);
    const stored = await app.db.message.findFirstOrThrow({ where: { conversationId: visitor.conversationId, source: "SLACK" } });
    expect(stored).toMatchObject({ role: "NOTE", body: "customer is a VIP, be nice", authorId: ws.ana.userId });
    expect((await conversationOf(visitor.conversationId)).status).toBe("QUEUED");

    const guest = reply(ws, parent.ts, "UGUEST", "Hello from a guest");
    await send(app.events, guest);
    await processed("event", guest.eventId);
    const guestMessage = await app.db.message.findFirstOrThrow({ where: { conversationId: visitor.conversationId, body: "Hello from a guest" } });
    expect(guestMessage).toMatchObject({ role: "AGENT", authorId: null, authorName: "Guest Helper" });
    const seen = await app.inbox.visitorMessages(visitor.token);
    const bodies = seen.body.messages.map((message: { body: string }) => message.body);
    expect(bodies).toContain("Hello from a guest");
    expect(bodies).not.toContain("customer is a VIP, be nice");
    // The bot has stepped out: the conversation is a person's now.
    expect((await conversationOf(visitor.conversationId)).status).toBe("ASSIGNED");
  });

  it("a second Claim loses cleanly (ephemeral naming who has it); a Slack claim racing an inbox claim has one winner", async () => {
    const { visitor, parent } = await escalate(ws, "Claim race please, human");
    const first = blockActionRequest(MANUAL_SECRET, { teamId: ws.teamId, user: { id: "UANA" }, channel: ws.channel, messageTs: parent.ts, actionId: "baton_claim", value: visitor.conversationId });
    await send(app.interactions, first);
    await until(async () => (await conversationOf(visitor.conversationId)).assigneeId === ws.ana.userId);
    const ephemeralsBefore = fake.callsTo("chat.postEphemeral").length;
    await send(app.interactions, blockActionRequest(MANUAL_SECRET, { teamId: ws.teamId, user: { id: "UOMAR" }, channel: ws.channel, messageTs: parent.ts, actionId: "baton_claim", value: visitor.conversationId }));
    const told = await fake.waitFor(() => fake.callsTo("chat.postEphemeral").slice(ephemeralsBefore).find((entry) => entry.args.user === "UOMAR"));
    expect(told.args.text).toContain("Ana already claimed");
    expect((await conversationOf(visitor.conversationId)).assigneeId).toBe(ws.ana.userId);

    const race = await escalate(ws, "Second race, a human please");
    const [, inboxClaim] = await Promise.all([
      send(app.interactions, blockActionRequest(MANUAL_SECRET, { teamId: ws.teamId, user: { id: "UOMAR" }, channel: ws.channel, messageTs: race.parent.ts, actionId: "baton_claim", value: race.visitor.conversationId })),
      app.inbox.claim(ws.ana.cookie, race.visitor.conversationId),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const winner = (await conversationOf(race.visitor.conversationId)).assigneeId;
    expect([ws.ana.userId, ws.omar.userId]).toContain(winner);
    // The inbox claim either won, or lost with ALREADY_CLAIMED naming Omar.
    if (winner === ws.ana.userId) expect(inboxClaim.status).toBe(200);
    else expect(inboxClaim).toMatchObject({ status: 409, body: { error: { code: "ALREADY_CLAIMED", details: { claimedBy: { name: "Omar" } } } } });
    const joins = await app.db.message.count({ where: { conversationId: race.visitor.conversationId, role: "SYSTEM", metadata: { path: ["event"], equals: "agent_joined" } } });
    expect(joins).toBe(1);
    await fake.waitFor(() => JSON.stringify(race.parent.blocks).includes(`Claimed by *${winner === ws.ana.userId ? "Ana" : "Omar"}*`));
  });

  it("alerts-only channels: thread replies never reach the visitor", async () => {
    const alerts = await connectedWorkspace("alerts", { channel: "C0ALERTS" });
    expect((await call(app.settings.PATCH, "PATCH", "/api/slack", { cookie: alerts.owner.cookie, body: { defaultAlertsOnly: true } })).status).toBe(200);
    const { visitor, parent } = await escalate(alerts, "Alerts only test, human please");
    const event = reply(alerts, parent.ts, "UANA", "This must not reach the visitor");
    await send(app.events, event);
    expect((await processed("event", event.eventId)).value).toEqual({ ignored: "alerts-only channel" });
    expect(await app.db.message.count({ where: { conversationId: visitor.conversationId, source: "SLACK" } })).toBe(0);
  });

  it("with confirmTakeover, a first reply asks 'take over?' privately, and sends only when confirmed", async () => {
    const careful = await connectedWorkspace("careful", { channel: "C0CAREFUL" });
    await call(app.settings.PATCH, "PATCH", "/api/slack", { cookie: careful.owner.cookie, body: { confirmTakeover: true } });
    const { visitor, parent } = await escalate(careful, "Take over test, a human please");
    const event = reply(careful, parent.ts, "UANA", "I can help with that");
    await send(app.events, event);
    expect((await processed("event", event.eventId)).value).toEqual({ status: "held" });
    expect(await app.db.message.count({ where: { conversationId: visitor.conversationId, source: "SLACK" } })).toBe(0);
    const prompt = fake.callsTo("chat.postEphemeral").findLast((entry) => entry.args.channel === "C0CAREFUL")!;
    const button = JSON.stringify(prompt.args.blocks);
    const heldId = /"action_id":"baton_take_over","value":"([0-9a-f]+)"/.exec(button)![1]!;
    await send(app.interactions, blockActionRequest(MANUAL_SECRET, { teamId: careful.teamId, user: { id: "UANA" }, channel: careful.channel, messageTs: prompt.args.thread_ts, threadTs: parent.ts, actionId: "baton_take_over", value: heldId }));
    const stored = await until(() => app.db.message.findFirst({ where: { conversationId: visitor.conversationId, source: "SLACK" } }));
    expect(stored).toMatchObject({ body: "I can help with that", authorId: careful.ana.userId });
    expect(await conversationOf(visitor.conversationId)).toMatchObject({ status: "ASSIGNED", assigneeId: careful.ana.userId });
  });

  it("drafts held for approval appear with Approve / Edit / Reject; Approve and `edit:` reach the visitor", async () => {
    const visitor = await app.widget.startVisitor(ws.publicKey);
    const sent = await app.inbox.visitorSays(visitor.token, "What is your return policy?");
    const conversationId = sent.body.message.conversationId as string;
    const draft = await app.db.botDraft.create({ data: { organizationId: ws.owner.organizationId, conversationId, replyToSeq: 1, body: "Returns are free within 30 days." } });
    await app.events_.emitConversationEvent({ type: "draft.created", organizationId: ws.owner.organizationId, conversationId, draftId: draft.id });
    const posted = await fake.waitFor(() => fake.messages.find((message) => JSON.stringify(message.blocks ?? []).includes(draft.id)));
    expect(JSON.stringify(posted.blocks)).toMatch(/baton_draft_approve.*baton_draft_edit.*baton_draft_reject/);
    // The conversation was still the bot's: the draft started its thread.
    await until(() => app.db.slackThread.findFirst({ where: { conversationId, threadTs: posted.ts } }));
    await send(app.interactions, blockActionRequest(MANUAL_SECRET, { teamId: ws.teamId, user: { id: "UANA" }, channel: posted.channel, messageTs: posted.ts, actionId: "baton_draft_approve", value: draft.id }));
    await until(async () => (await app.db.botDraft.findUniqueOrThrow({ where: { id: draft.id } })).status === "APPROVED");
    expect(await app.db.botDraft.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ decidedById: ws.ana.userId, decidedVia: "slack" });
    const seen = await app.inbox.visitorMessages(visitor.token);
    expect(seen.body.messages.map((message: { body: string }) => message.body)).toContain("Returns are free within 30 days.");
    await fake.waitFor(() => JSON.stringify(posted.blocks).includes("Approved"));

    // The next held answer, edited by replying in the thread.
    const second = await app.db.botDraft.create({ data: { organizationId: ws.owner.organizationId, conversationId, replyToSeq: 1, body: "Maybe 14 days?" } });
    await app.events_.emitConversationEvent({ type: "draft.created", organizationId: ws.owner.organizationId, conversationId, draftId: second.id });
    await fake.waitFor(() => fake.messages.find((message) => JSON.stringify(message.blocks ?? []).includes(second.id)));
    const edit = reply(ws, posted.ts, "UANA", "edit: Returns are free within 30 days, and exchanges too.");
    await send(app.events, edit);
    await processed("event", edit.eventId);
    expect(await app.db.botDraft.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "EDITED", body: "Returns are free within 30 days, and exchanges too." });
    const after = await app.inbox.visitorMessages(visitor.token);
    expect(after.body.messages.map((message: { body: string }) => message.body)).toContain("Returns are free within 30 days, and exchanges too.");
  });

  it("app_uninstalled marks the connection as needing attention (tokens_revoked: slack-connect test)", async () => {
    const gone = await connectedWorkspace("uninstall", { channel: "C0GONE" });
    const event = eventRequest(MANUAL_SECRET, { teamId: gone.teamId, event: { type: "app_uninstalled" } });
    expect((await send(app.events, event)).status).toBe(200);
    await processed("event", event.eventId);
    const installation = await app.db.slackInstallation.findFirstOrThrow({ where: { organizationId: gone.owner.organizationId } });
    expect(installation).toMatchObject({ status: "NEEDS_ATTENTION", lastError: expect.stringContaining("uninstalled") });
    // Another tenant's manual install of a different Slack team is untouched.
    expect((await app.db.slackInstallation.findFirstOrThrow({ where: { organizationId: ws.owner.organizationId } })).status).toBe("ACTIVE");
  });
});

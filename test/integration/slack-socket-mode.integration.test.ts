// Socket Mode: a manual connection with an app-level token makes the worker open a Socket Mode
// connection to the fake Slack (the real @slack/socket-mode client: apps.connections.open, then the
// ws:// URL it returns). Envelopes pushed on it take the same path as the signed HTTP routes: a
// thread reply reaches the visitor once even when delivered twice, Claim claims, and every
// envelope is acknowledged. An envelope acts only on the installation whose socket it came by; a
// dropped socket is reopened, and an app-level token Slack refuses marks the connection.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockActionsPayload, eventCallback, startFakeSlack, threadReply, type FakeSlack } from "../fakes/slack-server";
import { call } from "../support/routes";
import { until } from "../support/until";
import { nextEvent, openWidgetSocket } from "../support/widget-sockets";

const SIGNING_SECRET = "d".repeat(32);

let fake: FakeSlack;
let app: {
  db: typeof import("@/server/db").db;
  manual: typeof import("@/app/api/slack/manual/route");
  settings: typeof import("@/app/api/slack/route");
  accounts: typeof import("../support/accounts");
  inbox: typeof import("../support/inbox");
  widget: typeof import("../support/widget");
  queues: typeof import("@/jobs/queues");
};
let workers: import("@/jobs/worker").RunningWorkers;
let server: Server;
let realtime: import("@/server/realtime").RealtimeServer;
let socketUrl: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  fake = await startFakeSlack();
  // Set before the app modules load: env.ts reads the environment once.
  Object.assign(process.env, { SLACK_API_URL: fake.url });
  app = {
    db: (await import("@/server/db")).db,
    manual: await import("@/app/api/slack/manual/route"),
    settings: await import("@/app/api/slack/route"),
    accounts: await import("../support/accounts"),
    inbox: await import("../support/inbox"),
    widget: await import("../support/widget"),
    queues: await import("@/jobs/queues"),
  };
  workers = (await import("@/jobs/worker")).startWorkers();
  server = createServer();
  realtime = (await import("@/server/realtime")).createRealtimeServer(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  socketUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await realtime?.close();
  await new Promise((resolve) => server?.close(resolve));
  await workers?.close();
  // Later files' workers share this database: they must not try these app tokens on their own Slack.
  await app?.db.slackInstallation.updateMany({ where: { appToken: { not: null } }, data: { appToken: null } });
  await app?.queues.getQueue("slack").obliterate({ force: true });
  await fake?.close();
});

let counter = 0;

/** A Baton workspace connected to its own fake Slack workspace in manual mode with an app-level token. */
async function socketModeWorkspace(label: string) {
  const owner = await app.accounts.signUpOwner(`${label}-owner`, `${label} Co`);
  const ana = await app.accounts.addMember(owner, "agent", "Ana");
  const teamId = `T0SOCK${label.toUpperCase()}${++counter}`;
  const channel = `C0SOCK${counter}`;
  const workspace = fake.addWorkspace(teamId, `${label} Slack`);
  fake.addUser(teamId, { id: "UANA", email: ana.email, displayName: "ana.slack" });
  const appToken = fake.socketMode.addAppToken(teamId);
  const connected = await call(app.manual.POST, "POST", "/api/slack/manual", { cookie: owner.cookie, body: { botToken: workspace.botToken, signingSecret: SIGNING_SECRET, appToken, defaultChannelId: channel } });
  expect(connected.status).toBe(201);
  expect(connected.body.installation).toMatchObject({ socketMode: true });
  const inbox = await app.widget.createWidgetInbox(owner.organizationId);
  await workers.socketMode.sync();
  await fake.socketMode.waitForConnection(teamId);
  return { owner, ana, teamId, channel, appToken, publicKey: inbox.publicKey };
}

type Workspace = Awaited<ReturnType<typeof socketModeWorkspace>>;

async function escalate(ws: Workspace, text: string) {
  const visitor = await app.inbox.escalatedVisitor(ws.publicKey, text);
  const parent = await fake.waitFor(() => fake.parents(ws.channel).find((message) => JSON.stringify(message.blocks ?? []).includes(visitor.conversationId)));
  // The thread is recorded right after Slack answers; people reply only after seeing the message.
  await until(() => app.db.slackThread.findFirst({ where: { conversationId: visitor.conversationId, threadTs: parent.ts } }));
  return { visitor, parent };
}

/** The job an event became has finished (its id is the event id, as for the HTTP route). */
async function eventProcessed(eventId: string) {
  return until(async () => {
    const job = await app.queues.getQueue("default").getJob(`slack-event-${eventId}`);
    if (job?.failedReason) throw new Error(`job failed: ${job.failedReason}`);
    return job?.finishedOn ? job.returnvalue : null;
  });
}

describe("Slack Socket Mode", () => {
  it("shows Socket Mode in the settings, and refuses an app-level token Slack does not accept", async () => {
    const ws = await socketModeWorkspace("settings");
    const settings = await until(async () => {
      const response = await call(app.settings.GET, "GET", "/api/slack", { cookie: ws.owner.cookie });
      return response.body.installation?.socketConnected ? response.body : null;
    });
    expect(settings.installation).toMatchObject({ mode: "MANUAL", socketMode: true, socketConnected: true });
    // The token is stored encrypted, like the bot token.
    const row = await app.db.slackInstallation.findFirstOrThrow({ where: { organizationId: ws.owner.organizationId } });
    expect(row.appToken).toMatch(/^v1\./);
    expect(row.appToken).not.toContain(ws.appToken);

    const other = await app.accounts.signUpOwner("badtoken-owner", "Bad Token Co");
    const workspace = fake.addWorkspace("T0SOCKBAD", "Bad Slack");
    const refused = await call(app.manual.POST, "POST", "/api/slack/manual", { cookie: other.cookie, body: { botToken: workspace.botToken, signingSecret: SIGNING_SECRET, appToken: "xapp-1-A0FAKEAPP-unknown-token" } });
    expect(refused.status).toBe(422);
    expect(await app.db.slackInstallation.count({ where: { organizationId: other.organizationId } })).toBe(0);
  });

  it("a thread reply envelope reaches the visitor once (even delivered twice), a Claim envelope claims, every envelope is acked", async () => {
    const ws = await socketModeWorkspace("e2e");
    const { visitor, parent } = await escalate(ws, "The zipper broke on day one");
    const widget = await openWidget(visitor.token);
    const pushed: string[] = [];
    const push = async (envelope: Parameters<FakeSlack["socketMode"]["push"]>[1]) => {
      const ack = await fake.socketMode.push(ws.teamId, envelope);
      pushed.push(ack.envelope_id);
      return ack;
    };

    // Ana replies in the thread: the envelope is acked and the reply reaches the widget live.
    const live = nextEvent<{ role: string; body: string; author: { name: string } }>(widget, "message:created", (message) => message.body === "On it, sorry about that");
    const reply = eventCallback({ teamId: ws.teamId, event: threadReply({ channel: ws.channel, threadTs: parent.ts, user: "UANA", text: "On it, sorry about that" }) });
    const ack = await push({ type: "events_api", payload: reply });
    expect(ack.envelope_id).toEqual(pushed[0]);
    expect(await live).toMatchObject({ role: "agent", author: { name: "Ana" } });
    await eventProcessed(reply.event_id);

    // Slack delivers the same event again (a retry: another envelope, the same event id), and the
    // same message under another event id: both acked, the message stored once.
    await push({ type: "events_api", payload: reply });
    const sameMessage = eventCallback({ teamId: ws.teamId, event: reply.event });
    await push({ type: "events_api", payload: sameMessage });
    await eventProcessed(sameMessage.event_id);
    expect(await app.db.message.count({ where: { conversationId: visitor.conversationId, body: "On it, sorry about that" } })).toBe(1);
    const stored = await app.db.message.findFirstOrThrow({ where: { conversationId: visitor.conversationId, body: "On it, sorry about that" } });
    expect(stored).toMatchObject({ source: "SLACK", role: "AGENT", authorId: ws.ana.userId });

    // Ana presses Claim: the conversation is hers, claimed via Slack, and the parent says so.
    await push({ type: "interactive", payload: blockActionsPayload({ teamId: ws.teamId, user: { id: "UANA" }, channel: ws.channel, messageTs: parent.ts, actionId: "baton_claim", value: visitor.conversationId }) });
    const claimed = await until(async () => {
      const conversation = await app.db.conversation.findUniqueOrThrow({ where: { id: visitor.conversationId } });
      return conversation.status === "ASSIGNED" ? conversation : null;
    });
    expect(claimed.assigneeId).toBe(ws.ana.userId);
    expect(await app.db.handoff.findFirstOrThrow({ where: { conversationId: visitor.conversationId } })).toMatchObject({ claimedVia: "slack" });
    await fake.waitFor(() => parent.updates > 0 && JSON.stringify(parent.blocks).includes("Claimed by *Ana*"));

    // Every envelope pushed was acknowledged by its id.
    expect(pushed).toHaveLength(4);
    expect(pushed.every((id) => fake.socketMode.acks.some((entry) => entry.envelope_id === id))).toBe(true);
  });

  it("reconnects when the socket drops; a revoked app-level token marks the connection as needing attention", async () => {
    const ws = await socketModeWorkspace("drop");
    fake.socketMode.drop(ws.teamId);
    // A new apps.connections.open and socket, about a second later; envelopes flow again.
    await fake.socketMode.waitForConnection(ws.teamId, 10_000);
    const opened = fake.callsTo("apps.connections.open").filter((entry) => entry.token === ws.appToken).length;
    expect(opened).toBeGreaterThanOrEqual(2);
    const reaction = eventCallback({ teamId: ws.teamId, event: { type: "reaction_added", user: "UANA" } });
    expect((await fake.socketMode.push(ws.teamId, { type: "events_api", payload: reaction })).envelope_id).toBeTruthy();

    fake.revoke(ws.appToken);
    fake.socketMode.drop(ws.teamId);
    const row = await until(() => app.db.slackInstallation.findFirst({ where: { organizationId: ws.owner.organizationId, status: "NEEDS_ATTENTION" } }), 10_000);
    expect(row.lastError).toContain("app-level token (token_revoked)");
    expect(fake.socketMode.connections(ws.teamId)).toBe(0);
  });

  it("an envelope acts only on the installation whose socket it arrived on", async () => {
    const mine = await socketModeWorkspace("mine");
    const theirs = await socketModeWorkspace("theirs");
    const { visitor, parent } = await escalate(theirs, "Where is my parcel?");
    // Theirs's thread, but pushed on mine's socket: acked (Slack would retry otherwise), and ignored.
    const intruder = eventCallback({ teamId: theirs.teamId, event: threadReply({ channel: theirs.channel, threadTs: parent.ts, user: "UANA", text: "not from this socket" }) });
    await fake.socketMode.push(mine.teamId, { type: "events_api", payload: intruder });
    expect(await eventProcessed(intruder.event_id)).toMatchObject({ ignored: "not signed for this workspace" });
    expect(await app.db.message.count({ where: { conversationId: visitor.conversationId, body: "not from this socket" } })).toBe(0);
  });
});

const openWidget = (token: string) => openWidgetSocket(socketUrl, token, sockets);

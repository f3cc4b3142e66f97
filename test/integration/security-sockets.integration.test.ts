// Tenant isolation on the realtime sockets: workspace A's agent socket hears none of workspace B's
// events (escalation, messages, typing both ways), cannot get into B's rooms by emitting events
// that name B's ids, and a visitor's socket cannot listen to another visitor's conversation.
// Every "nothing arrived" is paired with a socket that did receive the same event, so the
// silence means isolation, not a broken pipe.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyVisitorToken } from "@/features/widget/visitor-token";
import { drainBackground } from "@/server/background";
import { publishToVisitor, publishToWorkspace } from "@/server/publish";
import { createRealtimeServer, type RealtimeServer } from "@/server/realtime";
import { agentRoom, organizationRoom, visitorRoom } from "@/server/realtime-rooms";
import { signUpOwner, type TestAccount } from "../support/accounts";
import { agentSays, claim, escalatedVisitor, visitorSays } from "../support/inbox";
import { createWidgetInbox, startVisitor } from "../support/widget";

let server: Server;
let realtime: RealtimeServer;
let url: string;
const sockets: Socket[] = [];
let a: TestAccount;
let b: TestAccount;
let bPublicKey: string;

type Heard = Array<{ event: string; payload: unknown }>;

function open(namespace: "/agent" | "/widget", auth: { cookie?: string; token?: string }): Promise<Socket & { heard: Heard }> {
  const socket = connect(`${url}${namespace}`, {
    transports: ["websocket"],
    reconnection: false,
    extraHeaders: auth.cookie ? { cookie: auth.cookie } : {},
    auth: auth.token ? { token: auth.token } : {},
  }) as Socket & { heard: Heard };
  socket.heard = [];
  socket.onAny((event: string, payload: unknown) => socket.heard.push({ event, payload }));
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

/** Resolves once the socket has heard an event matching `where` (the adapter subscribes asynchronously). */
async function heard(socket: { heard: Heard }, where: (entry: Heard[number]) => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = socket.heard.find(where);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`not heard; got ${JSON.stringify(socket.heard.map((entry) => entry.event))}`);
}

/** Publishes a probe until the socket hears it: from then on the socket is subscribed to its rooms. */
async function ready(socket: { heard: Heard }, publish: (marker: string) => void) {
  const marker = `ready-${Math.random()}`;
  const timer = setInterval(() => publish(marker), 50);
  try {
    await heard(socket, (entry) => entry.event === "test:ready" && (entry.payload as { marker?: string })?.marker === marker);
  } finally {
    clearInterval(timer);
  }
}

/** What an agent socket of A heard apart from the probes and A's own presence (A's agent going online). */
const foreign = (socket: { heard: Heard }) =>
  socket.heard.filter((entry) => entry.event !== "test:ready" && !(entry.event === "agent:status" && (entry.payload as { userId?: string })?.userId === a.userId));

const mentions = (socket: { heard: Heard }, needle: string) => socket.heard.filter((entry) => JSON.stringify(entry.payload ?? null).includes(needle));

beforeAll(async () => {
  server = createServer();
  realtime = createRealtimeServer(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  a = await signUpOwner("sock-a", "Sockets A");
  b = await signUpOwner("sock-b", "Sockets B");
  bPublicKey = (await createWidgetInbox(b.organizationId)).publicKey;
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await drainBackground();
  await realtime?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe("agent sockets across workspaces", () => {
  it("A's agent hears nothing of B's escalation, messages, claim and typing, while B's agent hears all of it", async () => {
    const agentA = await open("/agent", { cookie: a.cookie });
    const agentB = await open("/agent", { cookie: b.cookie });
    await ready(agentA, (marker) => publishToWorkspace(a.organizationId, "test:ready", { marker }));
    await ready(agentB, (marker) => publishToWorkspace(b.organizationId, "test:ready", { marker }));

    const visitor = await escalatedVisitor(bPublicKey, "B's private escalation");
    const widgetB = await open("/widget", { token: visitor.token });
    await ready(widgetB, (marker) => publishToVisitor(visitorContact(visitor.token), "test:ready", { marker }));
    await heard(agentB, (entry) => entry.event === "handoff:created");
    expect((await claim(b.cookie, visitor.conversationId)).status).toBe(200);
    expect((await agentSays(b.cookie, visitor.conversationId, "B agent's private reply")).status).toBe(201);
    await visitorSays(visitor.token, "B visitor's private follow-up");
    widgetB.emit("visitor:typing", { typing: true });
    agentB.emit("agent:typing", { conversationId: visitor.conversationId, typing: true });
    await heard(agentB, (entry) => entry.event === "visitor:typing");
    await heard(widgetB, (entry) => entry.event === "agent:typing");
    await heard(widgetB, (entry) => JSON.stringify(entry.payload).includes("B agent's private reply"));
    await drainBackground();
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(agentB.heard.map((entry) => entry.event)).toEqual(expect.arrayContaining(["handoff:created", "message:created", "visitor:typing"]));
    expect(foreign(agentA)).toEqual([]);
    expect(mentions(agentA, visitor.conversationId)).toEqual([]);
  });

  it("A's agent cannot reach B's rooms by naming B's ids in events", async () => {
    const agentA = await open("/agent", { cookie: a.cookie });
    const agentB = await open("/agent", { cookie: b.cookie });
    await ready(agentA, (marker) => publishToWorkspace(a.organizationId, "test:ready", { marker }));
    await ready(agentB, (marker) => publishToWorkspace(b.organizationId, "test:ready", { marker }));
    const visitor = await escalatedVisitor(bPublicKey, "B's second escalation");
    const widgetB = await open("/widget", { token: visitor.token });
    const contactId = visitorContact(visitor.token);
    await ready(widgetB, (marker) => publishToVisitor(contactId, "test:ready", { marker }));

    // Typing into B's conversation, and every way a client might try to join a room.
    agentA.emit("agent:typing", { conversationId: visitor.conversationId, typing: true });
    for (const event of ["join", "subscribe", "room:join", "conversation:join", "conversation:read", "conversation:subscribe"]) {
      for (const room of [organizationRoom(b.organizationId), agentRoom(b.organizationId, b.userId), visitorRoom(contactId), visitor.conversationId]) {
        agentA.emit(event, room);
        agentA.emit(event, { room, conversationId: visitor.conversationId, organizationId: b.organizationId, seq: 1 });
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    // B's events after the attempts still reach only B.
    publishToWorkspace(b.organizationId, "test:secret", { of: "B" });
    publishToVisitor(contactId, "test:secret", { of: "B's visitor" });
    await heard(agentB, (entry) => entry.event === "test:secret");
    await heard(widgetB, (entry) => entry.event === "test:secret");
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(foreign(agentA)).toEqual([]);
    // A's typing never reached B's visitor nor B's agents.
    expect(widgetB.heard.filter((entry) => entry.event === "agent:typing")).toEqual([]);
    expect(agentB.heard.filter((entry) => entry.event === "agent:typing")).toEqual([]);
  });
});

describe("widget sockets", () => {
  it("refuses a socket without a valid visitor token", async () => {
    await expect(open("/widget", {})).rejects.toThrow("UNAUTHORIZED");
    await expect(open("/widget", { token: "eyJhbGciOiJub25lIn0.eyJjb250YWN0SWQiOiJ4In0." })).rejects.toThrow("UNAUTHORIZED");
    // Another visitor's claims under one's own signature: the signature covers the claims.
    const mine = await startVisitor(bPublicKey);
    const theirs = await startVisitor(bPublicKey);
    const forged = `${theirs.token.split(".")[0]}.${mine.token.split(".")[1]}`;
    await expect(open("/widget", { token: forged })).rejects.toThrow("UNAUTHORIZED");
  });

  it("a visitor cannot subscribe to another visitor's conversation", async () => {
    const victim = await escalatedVisitor(bPublicKey, "victim's private question");
    const attacker = await startVisitor(bPublicKey);
    const victimContact = visitorContact(victim.token);
    const victimSocket = await open("/widget", { token: victim.token });
    const attackerSocket = await open("/widget", { token: attacker.token });
    await ready(victimSocket, (marker) => publishToVisitor(victimContact, "test:ready", { marker }));
    await ready(attackerSocket, (marker) => publishToVisitor(visitorContact(attacker.token), "test:ready", { marker }));
    for (const event of ["join", "subscribe", "conversation:join", "visitor:join", "room:join"]) {
      attackerSocket.emit(event, visitorRoom(victimContact));
      attackerSocket.emit(event, { room: visitorRoom(victimContact), contactId: victimContact, conversationId: victim.conversationId });
    }
    // Typing names no conversation: the server uses the socket's own visitor, so B's agents see the attacker only.
    attackerSocket.emit("visitor:typing", { typing: true, contactId: victimContact, conversationId: victim.conversationId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await claim(b.cookie, victim.conversationId)).status).toBe(200);
    expect((await agentSays(b.cookie, victim.conversationId, "reply meant for the victim only")).status).toBe(201);
    await heard(victimSocket, (entry) => JSON.stringify(entry.payload).includes("reply meant for the victim only"));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(attackerSocket.heard.filter((entry) => entry.event !== "test:ready")).toEqual([]);
    expect(mentions(attackerSocket, victim.conversationId)).toEqual([]);
  });
});

/** The contact id a visitor token was signed for. */
function visitorContact(token: string): string {
  const claims = verifyVisitorToken(token);
  if (!claims) throw new Error("invalid visitor token");
  return claims.contactId;
}

// The inbox live: an escalation reaches every agent socket with its brief, typing indicators go
// both ways, and an agent's presence follows their sockets.
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as handoffRoute from "@/app/api/widget/handoff/route";
import { db } from "@/server/db";
import { createRealtimeServer, type RealtimeServer } from "@/server/realtime";
import { addMember, signUpOwner, type TestAccount } from "../support/accounts";
import { agentSays, visitorSays } from "../support/inbox";
import { call } from "../support/routes";
import { bearer, createWidgetInbox, startVisitor } from "../support/widget";

let server: Server;
let realtime: RealtimeServer;
let url: string;
let owner: TestAccount;
let ana: TestAccount;
let publicKey: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  server = createServer();
  realtime = createRealtimeServer(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  owner = await signUpOwner("live-owner", "Live Co");
  ana = await addMember(owner, "agent", "Ana");
  publicKey = (await createWidgetInbox(owner.organizationId)).publicKey;
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await realtime.close();
  await new Promise((resolve) => server.close(resolve));
});

function open(namespace: "/agent" | "/widget", credentials: { cookie?: string; token?: string }): Promise<Socket> {
  const socket = connect(`${url}${namespace}`, {
    transports: ["websocket"],
    reconnection: false,
    ...(credentials.cookie ? { extraHeaders: { cookie: credentials.cookie } } : {}),
    ...(credentials.token ? { auth: { token: credentials.token } } : {}),
  });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

function next<T>(socket: Socket, event: string, where: (payload: T) => boolean = () => true, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    const listener = (payload: T) => {
      if (!where(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

const memberStatus = async (userId: string) => (await db.member.findFirstOrThrow({ where: { userId, organizationId: owner.organizationId } })).status;

describe("the inbox over /agent", () => {
  it("an agent's first socket puts them online and their last one offline", async () => {
    expect(await memberStatus(ana.userId)).toBe("OFFLINE");
    const first = await open("/agent", { cookie: ana.cookie });
    const second = await open("/agent", { cookie: ana.cookie });
    await expect.poll(() => memberStatus(ana.userId)).toBe("ONLINE");
    first.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await memberStatus(ana.userId)).toBe("ONLINE");
    second.disconnect();
    await expect.poll(() => memberStatus(ana.userId)).toBe("OFFLINE");
  });

  it("an escalation reaches every agent with its brief, and typing goes both ways", async () => {
    const agent = await open("/agent", { cookie: owner.cookie });
    const visitor = await startVisitor(publicKey);
    const widget = await open("/widget", { token: visitor.token });
    const sent = await visitorSays(visitor.token, "My parcel never arrived and I need it for Friday");
    const conversationId = sent.body.message.conversationId as string;

    const escalated = next<{ conversation: { id: string; status: string }; handoff: { brief: { summary: string } } }>(agent, "handoff:created", (p) => p.conversation.id === conversationId);
    await call(handoffRoute.POST, "POST", "/api/widget/handoff", { headers: bearer(visitor.token), body: {} });
    const event = await escalated;
    expect(event.conversation.status).toBe("QUEUED");
    expect(event.handoff.brief.summary).toContain("parcel never arrived");

    const visitorTyping = next<{ conversationId: string; typing: boolean }>(agent, "visitor:typing");
    widget.emit("visitor:typing", { typing: true });
    expect(await visitorTyping).toEqual(expect.objectContaining({ conversationId, typing: true }));

    const agentTyping = next<{ typing: boolean; name: string }>(widget, "agent:typing");
    agent.emit("agent:typing", { conversationId, typing: true });
    expect(await agentTyping).toEqual({ typing: true, name: "live-owner" });

    // The reply claims the conversation: the visitor learns who joined, then gets the message.
    const joined = next<{ status: string; assignee?: { name: string } }>(widget, "conversation:updated", (p) => p.status === "ASSIGNED");
    const message = next<{ role: string; body: string }>(widget, "message:created", (p) => p.role === "agent");
    await agentSays(owner.cookie, conversationId, "Let me look into it right away.");
    expect(await joined).toEqual(expect.objectContaining({ assignee: expect.objectContaining({ name: "live-owner" }) }));
    expect((await message).body).toBe("Let me look into it right away.");
  });

  it("ignores typing for a conversation of another workspace", async () => {
    const stranger = await signUpOwner("live-stranger", "Stranger Co");
    const visitor = await startVisitor(publicKey);
    const widget = await open("/widget", { token: visitor.token });
    const sent = await visitorSays(visitor.token, "hello");
    const strangerSocket = await open("/agent", { cookie: stranger.cookie });
    let leaked = false;
    widget.on("agent:typing", () => (leaked = true));
    strangerSocket.emit("agent:typing", { conversationId: sent.body.message.conversationId, typing: true });
    strangerSocket.emit("agent:typing", { conversationId: randomUUID(), typing: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(leaked).toBe(false);
  });
});

import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultResponder, startFakeOpenAI, type FakeOpenAI } from "../fakes/openai-server";
import { call } from "../support/routes";

// The LLM responder is chosen by configuration: set it before the app modules read the env.
let fake: FakeOpenAI;
let app: {
  messages: typeof import("@/app/api/widget/messages/route");
  background: typeof import("@/server/background");
  db: typeof import("@/server/db");
  realtime: typeof import("@/server/realtime");
  accounts: typeof import("../support/accounts");
  widget: typeof import("../support/widget");
  phrases: typeof import("@/lib/bot-phrases");
};
let server: Server;
let realtime: { close(): Promise<void> };
let url: string;
let publicKey: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  fake = await startFakeOpenAI({ apiKey: "sk-test" });
  Object.assign(process.env, { OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: `${fake.url}/v1`, OPENAI_MODEL: "fake-model", OPENAI_TIMEOUT_MS: "1500" });
  app = {
    messages: await import("@/app/api/widget/messages/route"),
    background: await import("@/server/background"),
    db: await import("@/server/db"),
    realtime: await import("@/server/realtime"),
    accounts: await import("../support/accounts"),
    widget: await import("../support/widget"),
    phrases: await import("@/lib/bot-phrases"),
  };
  server = createServer();
  realtime = app.realtime.createRealtimeServer(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { organizationId } = await app.accounts.signUpOwner("llm-owner", "LLM Store");
  publicKey = (await app.widget.createWidgetInbox(organizationId)).publicKey;
  await app.widget.addKnowledge(organizationId, [
    { title: "How long does shipping take?", exampleQuestions: ["delivery time"], answer: "Standard delivery takes 3-5 business days." },
  ]);
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await realtime.close();
  await new Promise((resolve) => server.close(resolve));
  await fake.close();
});

async function visitorWithSocket() {
  const visitor = await app.widget.startVisitor(publicKey);
  const socket = connect(`${url}/widget`, { transports: ["websocket"], auth: { token: visitor.token }, reconnection: false });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  // Give the Redis adapter a moment to subscribe the new room before anything is published.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { visitor, socket };
}

async function send(token: string, text: string) {
  const sent = await call(app.messages.POST, "POST", "/", { headers: app.widget.bearer(token), body: { clientId: randomUUID(), text } });
  await app.background.drainBackground();
  return app.db.db.message.findFirst({ where: { conversationId: sent.body.message.conversationId, role: "BOT" } });
}

describe("OpenAI-compatible responder", () => {
  it("streams a grounded answer to the widget and stores it with confidence and sources", async () => {
    const { visitor, socket } = await visitorWithSocket();
    const deltas: string[] = [];
    socket.on("message:delta", (event: { text: string }) => deltas.push(event.text));
    const created = new Promise<{ body: string; streamId?: string }>((resolve) => socket.on("message:created", (m) => m.role === "bot" && resolve(m)));
    fake.setResponder((body) => {
      const system = String(body.messages[0]?.content ?? "");
      const id = /\[([^\]]+)\] How long does shipping take\?/.exec(system)?.[1] ?? "missing";
      return { json: { answer: "Shipping takes **3-5 business days** for standard delivery, and 1-2 for express.", confidence: 0.92, intent: "shipping_time", sources: [id] } };
    });
    const bot = await send(visitor.token, "how long until it ships to me?");
    expect(bot?.body).toBe("Shipping takes **3-5 business days** for standard delivery, and 1-2 for express.");
    expect(bot?.botConfidence).toBe(0.92);
    expect(bot?.metadata).toEqual(expect.objectContaining({ responder: "openai", intent: "shipping_time", sources: [expect.objectContaining({ title: "How long does shipping take?" })] }));
    expect((await created).body).toBe(bot?.body);
    expect(deltas.length).toBeGreaterThan(0);
    expect(deltas.join("")).toBe(bot?.body);
    const request = fake.requests.at(-1)!.body as { model: string; stream: boolean; response_format: { type: string } };
    expect(request).toEqual(expect.objectContaining({ model: "fake-model", stream: true, response_format: expect.objectContaining({ type: "json_schema" }) }));
  });

  it("falls back politely and offers a human when the model errors", async () => {
    const { visitor } = await visitorWithSocket();
    fake.setResponder(() => ({ error: { status: 500, message: "upstream broke" } }));
    const bot = await send(visitor.token, "hello?");
    expect(bot?.body).toBe(app.phrases.botPhrase("failed", null));
    expect(bot?.metadata).toEqual(expect.objectContaining({ offerHuman: true, failure: "error" }));
  });

  it("falls back within the configured timeout when the model hangs", async () => {
    const { visitor } = await visitorWithSocket();
    fake.setResponder(() => ({ delayMs: 10_000, content: "too late" }));
    const started = Date.now();
    const bot = await send(visitor.token, "are you there?");
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(bot?.metadata).toEqual(expect.objectContaining({ offerHuman: true, failure: "timeout" }));
  });

  it("a long answer streaming steadily is not cut off by the timeout, which measures silence", async () => {
    const { visitor } = await visitorWithSocket();
    // 12 pieces 250 ms apart: about 3 s in all, twice OPENAI_TIMEOUT_MS, never silent for long.
    const answer = "Yes, we ship to Canada and Mexico, usually within a week of your order.";
    fake.setResponder(() => ({ tokenDelayMs: 250, json: { answer, confidence: 0.9, intent: null, sources: [] } }));
    const bot = await send(visitor.token, "do you ship abroad?");
    expect(bot?.body).toBe(answer);
  });

  it("falls back when the model goes silent mid-answer", async () => {
    const { visitor } = await visitorWithSocket();
    fake.setResponder(() => ({ stallAfterPieces: 3, json: { answer: "This answer never ends", confidence: 0.9, intent: null, sources: [] } }));
    const bot = await send(visitor.token, "tell me everything");
    expect(bot?.metadata).toEqual(expect.objectContaining({ offerHuman: true, failure: "timeout" }));
  });

  it("an answer still being generated when a human takes over is dropped, not written after", async () => {
    const { visitor } = await visitorWithSocket();
    fake.setResponder(() => ({ delayMs: 400, json: { answer: "Late bot answer", confidence: 0.9, intent: null, sources: [] } }));
    const sent = await call(app.messages.POST, "POST", "/", { headers: app.widget.bearer(visitor.token), body: { clientId: randomUUID(), text: "help me" } });
    const conversationId = sent.body.message.conversationId;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await app.db.db.conversation.update({ where: { id: conversationId }, data: { status: "ASSIGNED" } });
    await app.background.drainBackground();
    expect(await app.db.db.message.count({ where: { conversationId, role: "BOT" } })).toBe(0);
  });

  it("bot when offline: the model asked alongside the people-first check is aborted when people take the chat, and nothing of it is kept", async () => {
    const { organizationId } = await app.accounts.signUpOwner("llm-offline", "LLM Offline Store");
    const inbox = await app.widget.createWidgetInbox(organizationId);
    await app.db.db.inbox.update({ where: { id: inbox.id }, data: { botMode: "BOT_WHEN_OFFLINE" } });
    await app.db.db.member.updateMany({ where: { organizationId }, data: { status: "ONLINE" } });
    const visitor = await app.widget.startVisitor(inbox.publicKey);
    const socket = connect(`${url}/widget`, { transports: ["websocket"], auth: { token: visitor.token }, reconnection: false });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => (socket.once("connect", () => resolve()), socket.once("connect_error", reject)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const deltas: string[] = [];
    socket.on("message:delta", (event: { text: string }) => deltas.push(event.text));
    // A streamed answer of about 10 s (never silent for long, so only an abort ends it early); the
    // handoff's summary request (not streamed) gets the default answer.
    const words = Array.from({ length: 50 }, (_, i) => `word${i}`).join(" ");
    fake.setResponder((body) => (body.stream === true ? { delayMs: 300, tokenDelayMs: 200, json: { answer: words, confidence: 0.9, intent: null, sources: [] } } : defaultResponder(body)));
    const streamedBefore = fake.requests.filter((request) => (request.body as { stream?: boolean } | undefined)?.stream === true).length;

    const started = Date.now();
    const sent = await call(app.messages.POST, "POST", "/", { headers: app.widget.bearer(visitor.token), body: { clientId: randomUUID(), text: "how long does shipping take" } });
    await app.background.drainBackground();
    const conversationId = sent.body.message.conversationId;
    // The model was asked (before the check finished), then dropped: the bot's turn ended long before the stream would have.
    expect(fake.requests.filter((request) => (request.body as { stream?: boolean } | undefined)?.stream === true).length).toBe(streamedBefore + 1);
    expect(Date.now() - started).toBeLessThan(6_000);
    expect((await app.db.db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).status).toBe("QUEUED");
    expect(await app.db.db.message.count({ where: { conversationId, role: "BOT" } })).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(deltas).toEqual([]);
  });

  it("does not answer when the model is not confident", async () => {
    const { visitor } = await visitorWithSocket();
    fake.setResponder(() => ({ json: { answer: "Maybe Tuesday?", confidence: 0.1, intent: null, sources: [] } }));
    const bot = await send(visitor.token, "when is the next sale?");
    expect(bot?.body).toBe(app.phrases.botPhrase("dontKnow", null));
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FromFrame } from "../shared/bridge";
import type { Message, Session } from "../shared/protocol";
import { Chat } from "./chat";
import type { InitMessage } from "./chat-types";
import { followUp, lastVisitorText } from "./follow-up";
import type { SocketHandlers } from "./widget-socket";

const socket = vi.hoisted(() => ({ handlers: null as SocketHandlers | null, typing: [] as boolean[] }));
vi.mock("./widget-socket", async (importOriginal) => ({
  ...(await importOriginal<typeof import("./widget-socket")>()),
  connectWidgetSocket: (handlers: SocketHandlers) => {
    socket.handlers = handlers;
    return { typing: (typing: boolean) => void socket.typing.push(typing) };
  },
}));

const session = (token = "t1", conversationId: string | null = "c1"): Session => ({
  visitorId: "v".repeat(20),
  token,
  expiresAt: new Date(Date.now() + 3600e3).toISOString(),
  inbox: { name: "Acme", botName: "Aria", agentsOnline: true, leadForm: false, theme: { color: "#0f766e", position: "right", launcherText: "Chat", logoUrl: null, greeting: null } },
  conversation: conversationId ? { id: conversationId, status: "BOT", lastSeq: 2 } : null,
});

const msg = (seq: number, extra: Partial<Message> = {}): Message => ({
  id: `m${seq}`, conversationId: "c1", seq, clientId: null, role: "bot", body: `b${seq}`, author: null, createdAt: "", ...extra,
});

type Route = (url: string, init: RequestInit) => Response | Promise<Response>;
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

let sent: Omit<FromFrame, "baton">[];
let calls: { method: string; url: string; body: unknown; auth: string | null }[];

function startChat(route: Route, init: Partial<InitMessage> = {}) {
  vi.stubGlobal("fetch", async (url: string, request: RequestInit) => {
    calls.push({ method: request.method ?? "GET", url, body: request.body ? JSON.parse(String(request.body)) : null, auth: new Headers(request.headers).get("authorization") });
    return route(url, request);
  });
  const chat = new Chat(
    { baton: 1, type: "init", session: session(), locale: "en", page: "https://shop.example/", open: true, fullscreen: false, identity: null, ...init },
    { send: (message) => void sent.push(message), listen: () => undefined },
    { locale: "en", strings: {} },
  );
  chat.start();
  return chat;
}

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  calls = [];
  socket.handlers = null;
  socket.typing = [];
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("Chat", () => {
  it("loads history without announcing it, then announces live messages once", async () => {
    const chat = startChat(() => json(200, { conversation: { id: "c1", status: "BOT" }, messages: [msg(1), msg(2)] }));
    await flush();
    expect(chat.state.timeline.messages.map((m) => m.seq)).toEqual([1, 2]);
    expect(sent).toEqual([]);
    socket.handlers!.onMessage(msg(3));
    socket.handlers!.onMessage(msg(3)); // again, e.g. from the resync
    expect(sent.filter((m) => m.type === "message")).toHaveLength(1);
  });

  it("resumes from the last seq on every (re)connect", async () => {
    startChat(() => json(200, { conversation: { id: "c1", status: "BOT" }, messages: [msg(1), msg(2)] }));
    await flush();
    socket.handlers!.onOnline();
    await flush();
    expect(calls.map((c) => c.url)).toEqual(["/api/widget/messages?after=0", "/api/widget/messages?after=2"]);
  });

  it("resends a message after network failures with the same clientId, and shows it once", async () => {
    let posts = 0;
    const chat = startChat((url, init) => {
      if (init.method !== "POST") return json(200, { conversation: null, messages: [] });
      if (++posts < 3) throw new TypeError("network down");
      const { clientId, text } = JSON.parse(String(init.body)) as { clientId: string; text: string };
      return json(201, { message: msg(1, { role: "visitor", clientId, body: text }) });
    });
    await flush();
    chat.send("  hello  ");
    expect(chat.state.timeline.pending).toMatchObject([{ text: "hello", status: "sending" }]);
    await vi.advanceTimersByTimeAsync(5000);
    const bodies = calls.filter((c) => c.method === "POST").map((c) => c.body as { clientId: string; text: string });
    expect(bodies).toHaveLength(3);
    expect(new Set(bodies.map((b) => b.clientId)).size).toBe(1);
    expect(bodies[0]).toMatchObject({ text: "hello", page: "https://shop.example/" });
    expect(chat.state.timeline.pending).toEqual([]);
    expect(chat.state.timeline.messages.map((m) => m.body)).toEqual(["hello"]);
  });

  it("marks a message failed when the network stays down, and retries it when back online", async () => {
    let online = false;
    const chat = startChat((url, init) => {
      if (init.method !== "POST") return json(200, { conversation: null, messages: [] });
      if (!online) throw new TypeError("offline");
      return json(201, { message: msg(1, { role: "visitor", clientId: (JSON.parse(String(init.body)) as { clientId: string }).clientId }) });
    });
    await flush();
    chat.send("hi");
    await vi.advanceTimersByTimeAsync(20_000);
    expect(chat.state.timeline.pending).toMatchObject([{ status: "failed", retryable: true }]);
    online = true;
    window.dispatchEvent(new Event("online"));
    await flush();
    expect(chat.state.timeline.pending).toEqual([]);
    expect(chat.state.timeline.messages).toHaveLength(1);
  });

  it("asks the loader for a new token on 401 and replays the call with it", async () => {
    const chat = startChat((url, init) =>
      new Headers(init.headers).get("authorization") === "Bearer t2" ? json(200, { conversation: null, messages: [] }) : json(401, { error: { code: "UNAUTHORIZED" } }),
    );
    await flush();
    expect(sent).toEqual([{ type: "refresh" }]);
    chat.onParentMessage({ baton: 1, type: "session", session: session("t2") });
    await flush();
    expect(calls.map((c) => c.auth)).toEqual(["Bearer t1", "Bearer t2"]);
    expect(socket.handlers!.token()).toBe("t2");
  });

  it("reads a new conversation from seq 0 when the last one ended", async () => {
    const pages: Record<string, unknown> = {
      "/api/widget/messages?after=0": { conversation: { id: "c1", status: "RESOLVED" }, messages: [msg(1), msg(2), msg(3)] },
    };
    const chat = startChat((url) => json(200, pages[url] ?? { conversation: null, messages: [] }));
    await flush();
    // Meanwhile the visitor wrote from another tab: conversation c2, seq 1..5.
    const c2 = (seq: number) => msg(seq, { id: `n${seq}`, conversationId: "c2" });
    pages["/api/widget/messages?after=0"] = { conversation: { id: "c2", status: "BOT" }, messages: [1, 2, 3, 4, 5].map(c2) };
    pages["/api/widget/messages?after=3"] = { conversation: { id: "c2", status: "BOT" }, messages: [4, 5].map(c2) };
    socket.handlers!.onOnline();
    await flush();
    expect(chat.state.timeline.conversationId).toBe("c2");
    expect(chat.state.timeline.messages.map((m) => m.id)).toEqual(["n1", "n2", "n3", "n4", "n5"]);
    expect(chat.state.timeline.earlier.map((m) => m.id)).toEqual(["m1", "m2", "m3"]);
  });

  it("reads a new conversation whole when its first sign is a live message with a later seq", async () => {
    const c2 = (seq: number) => msg(seq, { id: `n${seq}`, conversationId: "c2" });
    const chat = startChat((url) =>
      url.endsWith("after=0") && calls.length > 1
        ? json(200, { conversation: { id: "c2", status: "BOT" }, messages: [1, 2, 3, 4].map(c2) })
        : json(200, { conversation: { id: "c1", status: "RESOLVED" }, messages: calls.length > 1 ? [] : [msg(1), msg(2)] }),
    );
    await flush();
    socket.handlers!.onMessage(c2(4));
    await flush();
    expect(calls.at(-1)?.url).toBe("/api/widget/messages?after=0");
    expect(chat.state.timeline.messages.map((m) => m.id)).toEqual(["n1", "n2", "n3", "n4"]);
    expect(chat.state.conversation).toMatchObject({ id: "c2", status: "BOT" });
  });

  it("streams, then shows the final message once; typing indicators clear themselves", async () => {
    const chat = startChat(() => json(200, { conversation: null, messages: [] }));
    await flush();
    socket.handlers!.onTyping("bot", "");
    expect(chat.state.botTyping).toBe(true);
    socket.handlers!.onDelta({ streamId: "s", text: "Hel" });
    socket.handlers!.onDelta({ streamId: "s", text: "lo" });
    expect(chat.state.botTyping).toBe(false);
    expect(chat.state.timeline.streams).toEqual([{ streamId: "s", text: "Hello" }]);
    socket.handlers!.onMessage(msg(1, { streamId: "s", body: "Hello" }));
    expect(chat.state.timeline.streams).toEqual([]);
    socket.handlers!.onTyping("agent", "Ana");
    expect(chat.state.agentTyping).toBe("Ana");
    await vi.advanceTimersByTimeAsync(13_000);
    expect(chat.state.agentTyping).toBeNull();
  });

  it("queues on Talk to a human, tells the host page once, and knows a human joined", async () => {
    let status = "BOT";
    const chat = startChat((url) => {
      if (url !== "/api/widget/handoff") return json(200, { conversation: { id: "c1", status }, messages: [] });
      status = "QUEUED";
      return json(201, { conversation: { id: "c1", status, queuePosition: 2, waitEstimateSecs: 180 } });
    });
    await flush();
    await chat.requestHuman();
    await flush();
    expect(chat.state.conversation).toMatchObject({ status: "QUEUED", queuePosition: 2 });
    socket.handlers!.onConversation({ id: "c1", status: "QUEUED", queuePosition: 1 });
    expect(sent.filter((m) => m.type === "handoff")).toHaveLength(1);
    socket.handlers!.onConversation({ id: "c1", status: "ASSIGNED", assignee: { name: "Ana", avatarUrl: null } });
    expect(chat.state.conversation).toMatchObject({ status: "ASSIGNED", assignee: { name: "Ana" } });
    expect(chat.state.humanIn).toBe("c1");
  });

  it("sends the visitor's typing at most every 2.5 s and stops after 3 s idle", async () => {
    const chat = startChat(() => json(200, { conversation: null, messages: [] }));
    await flush();
    for (let i = 0; i < 10; i++) {
      chat.typing();
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(socket.typing).toEqual([true]);
    await vi.advanceTimersByTimeAsync(3000);
    expect(socket.typing).toEqual([true, false]);
  });

  describe("after a person resolved the conversation", () => {
    const ana = { name: "Ana", avatarUrl: null };
    const resolvedByAna = async (route: Route = () => json(200, { conversation: { id: "c1", status: "BOT" }, messages: [msg(1)] })) => {
      const chat = startChat(route);
      await flush();
      socket.handlers!.onConversation({ id: "c1", status: "ASSIGNED", assignee: ana });
      socket.handlers!.onConversation({ id: "c1", status: "RESOLVED", assignee: ana });
      return chat;
    };

    it("shows the rating card on RESOLVED after ASSIGNED, posts the rating, then thanks", async () => {
      const chat = await resolvedByAna((url, init) =>
        init.method === "POST" ? json(201, { conversationId: "c1", score: 4 }) : json(200, { conversation: { id: "c1", status: "BOT" }, messages: [msg(1)] }),
      );
      expect(followUp(chat.state)).toEqual({ kind: "rating", status: "idle" });
      const rating = chat.rate({ score: 4, comment: "  quick and kind  " });
      expect(followUp(chat.state)).toEqual({ kind: "rating", status: "sending" });
      await rating;
      expect(calls.at(-1)).toMatchObject({ method: "POST", url: "/api/widget/csat", body: { conversationId: "c1", score: 4, comment: "quick and kind" } });
      expect(followUp(chat.state)).toEqual({ kind: "rated" });
    });

    it("leaves the comment out when it is blank", async () => {
      const chat = await resolvedByAna((url, init) => (init.method === "POST" ? json(201, {}) : json(200, { conversation: null, messages: [] })));
      await chat.rate({ score: 1, comment: "   " });
      expect(calls.at(-1)?.body).toEqual({ conversationId: "c1", score: 1 });
    });

    it("thanks anyway on 409 ALREADY_RATED (another tab was first); other refusals can be retried", async () => {
      let code = "ALREADY_RATED";
      const chat = await resolvedByAna((url, init) =>
        init.method === "POST" ? json(409, { error: { code, message: "no" } }) : json(200, { conversation: { id: "c1", status: "BOT" }, messages: [] }),
      );
      code = "NOT_RESOLVED";
      await chat.rate({ score: 5, comment: "" });
      expect(followUp(chat.state)).toEqual({ kind: "rating", status: "error" });
      code = "ALREADY_RATED";
      await chat.rate({ score: 5, comment: "" });
      expect(followUp(chat.state)).toEqual({ kind: "rated" });
    });

    it("does not ask when only the bot talked, nor after a reload once rated", async () => {
      const botOnly = startChat(() => json(200, { conversation: { id: "c1", status: "BOT" }, messages: [msg(1)] }));
      await flush();
      socket.handlers!.onConversation({ id: "c1", status: "RESOLVED" });
      expect(followUp(botOnly.state)).toBeNull();

      // A reload: the history shows an agent helped (so ask), unless the resync says it was rated.
      const history = [msg(1), msg(2, { role: "agent", author: ana })];
      const unrated = startChat(() => json(200, { conversation: { id: "c1", status: "RESOLVED", csatScore: null }, messages: history }));
      await flush();
      expect(followUp(unrated.state)).toEqual({ kind: "rating", status: "idle" });
      const rated = startChat(() => json(200, { conversation: { id: "c1", status: "RESOLVED", csatScore: 5 }, messages: history }));
      await flush();
      expect(followUp(rated.state)).toBeNull();
    });

    it("a message after RESOLVED starts a new conversation: the card goes, seq restarts from 0", async () => {
      const c2 = (seq: number, extra: Partial<Message> = {}) => msg(seq, { id: `n${seq}`, conversationId: "c2", ...extra });
      let newConversation = false;
      const chat = await resolvedByAna((url, init) => {
        if (init.method === "POST") {
          newConversation = true;
          return json(201, { message: c2(1, { role: "visitor", clientId: (JSON.parse(String(init.body)) as { clientId: string }).clientId, body: "one more thing" }) });
        }
        return newConversation
          ? json(200, { conversation: { id: "c2", status: "BOT", csatScore: null }, messages: url.endsWith("after=0") ? [c2(1, { role: "visitor", body: "one more thing" })] : [] })
          : json(200, { conversation: { id: "c1", status: "RESOLVED" }, messages: [msg(1)] });
      });
      expect(followUp(chat.state)?.kind).toBe("rating");
      chat.send("one more thing");
      await flush();
      expect(chat.state.timeline.conversationId).toBe("c2");
      expect(chat.state.timeline.earlier.map((m) => m.id)).toEqual(["m1"]);
      expect(chat.state.timeline.messages.map((m) => [m.id, m.seq])).toEqual([["n1", 1]]);
      expect(chat.state.conversation).toMatchObject({ id: "c2", status: "BOT" });
      expect(followUp(chat.state)).toBeNull();
      expect(calls.filter((c) => c.method === "GET").at(-1)?.url).toBe("/api/widget/messages?after=0");
      socket.handlers!.onMessage(c2(2));
      socket.handlers!.onOnline();
      await flush();
      expect(calls.at(-1)?.url).toBe("/api/widget/messages?after=2");
      expect(chat.state.timeline.messages.map((m) => m.id)).toEqual(["n1", "n2"]);
    });
  });

  describe("lead capture", () => {
    it("shows the lead form on LEAD_CAPTURE, prefilled with the visitor's last message, then thanks with the email", async () => {
      const chat = startChat((url, init) =>
        url === "/api/widget/lead"
          ? json(201, { message: msg(3, { role: "visitor", body: (JSON.parse(String(init.body)) as { question: string }).question }) })
          : json(200, { conversation: { id: "c1", status: "BOT" }, messages: [msg(1, { role: "visitor", body: "Do you ship to Chile?" }), msg(2)] }),
      );
      await flush();
      expect(followUp(chat.state)).toBeNull();
      socket.handlers!.onMessage(msg(3, { role: "system", body: "Our team is offline right now…" }));
      socket.handlers!.onConversation({ id: "c1", status: "LEAD_CAPTURE" });
      expect(followUp(chat.state)).toEqual({ kind: "lead" });
      expect(lastVisitorText(chat.state.timeline)).toBe("Do you ship to Chile?");
      await chat.submitLead({ name: "Li", email: "li@example.test", question: "Do you ship to Chile?" });
      expect(calls.at(-1)).toMatchObject({ url: "/api/widget/lead", body: { email: "li@example.test" } });
      expect(followUp(chat.state)).toEqual({ kind: "leadSent", email: "li@example.test" });
    });

    it("shows it when Talk to a human lands after hours, and not again after a reload once sent", async () => {
      const chat = startChat((url) =>
        url === "/api/widget/handoff" ? json(201, { conversation: { id: "c1", status: "LEAD_CAPTURE" } }) : json(200, { conversation: { id: "c1", status: "BOT" }, messages: [] }),
      );
      await flush();
      await chat.requestHuman();
      expect(followUp(chat.state)).toEqual({ kind: "lead" });
      const reloaded = startChat(() => json(200, { conversation: { id: "c1", status: "LEAD_CAPTURE", leadEmail: "li@example.test" }, messages: [] }));
      await flush();
      expect(followUp(reloaded.state)).toEqual({ kind: "leadSent", email: "li@example.test" });
    });
  });
});

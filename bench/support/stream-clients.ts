// The visitors of the first-token benchmark, in a process of their own: widget sockets on
// /widget, and visitor messages sent through the widget's REST route (POST /api/widget/messages
// with the visitor token). Per message: when it was sent, when the first `message:delta` of the
// bot's streamed answer arrived on the visitor's socket, and when the answer's `message:created`
// closed the stream. Every visitor has one message in flight at a time, so the first delta after
// a send belongs to that send's answer.
import { randomUUID } from "node:crypto";
import { Agent, request } from "node:http";
import type { Socket } from "socket.io-client";
import { openSockets } from "./socket-clients";

export type StreamClientCommand =
  | { type: "connect"; url: string; tokens: string[] }
  /** Visitors [from, to) each send `messages` messages one after another, starting spread over `spreadMs`. */
  | { type: "level"; from: number; to: number; messages: number; spreadMs: number; timeoutMs: number };

/** [visitor, message index, sent at, HTTP status (0: network error), first delta at | null, answer at | null, HTTP response at]. */
export type StreamResult = [number, number, number, number, number | null, number | null, number];

export type StreamClientReport =
  | { type: "connected"; visitors: number; failures: string[]; ms: number }
  | { type: "level"; results: StreamResult[]; concurrency: { mean: number; max: number }; maxLateMs: number };

// Ordinary questions, varied so that no trigger sees a visitor repeating themselves.
const QUESTIONS = [
  "What time do you open on Sundays?",
  "Do you have this jacket in blue?",
  "How long does delivery take?",
  "Can I pick up my order in store?",
  "Which sizes does the trail shoe come in?",
  "Is the rain coat machine washable?",
];

let url = "";
let tokens: string[] = [];
const sockets: Array<Socket | null> = [];
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
/** Visitors whose answer is streaming now (first delta seen, answer not yet stored). */
const streaming = new Set<number>();
/** Per visitor: the message waiting for its first delta and for its answer. */
const waiting = new Map<number, { firstDelta: (at: number) => void; answer: (at: number) => void }>();

function post(visitor: number, body: unknown): Promise<number> {
  const data = JSON.stringify(body);
  return new Promise((resolve) => {
    const req = request(`${url}/api/widget/messages`, {
      method: "POST",
      agent,
      headers: {
        authorization: `Bearer ${tokens[visitor]}`,
        origin: "https://shop.example",
        "content-type": "application/json",
        "content-length": Buffer.byteLength(data),
        // Each visitor is its own client: per-IP limits count per visitor (see route-server.ts).
        "x-forwarded-for": `10.${(visitor >> 16) & 255}.${(visitor >> 8) & 255}.${visitor & 255}`,
      },
    });
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", () => resolve(0));
    req.end(data);
  });
}

function listen(socket: Socket, visitor: number) {
  socket.on("message:delta", () => {
    const at = Date.now();
    waiting.get(visitor)?.firstDelta(at);
  });
  socket.on("message:created", (message: { role?: string }) => {
    const at = Date.now();
    if (message?.role === "bot") waiting.get(visitor)?.answer(at);
  });
}

/** One message and the bot's streamed answer to it. */
function exchange(visitor: number, index: number, timeoutMs: number): Promise<StreamResult> {
  return new Promise((resolve) => {
    let firstDeltaAt: number | null = null;
    let status = -1;
    let respondedAt = 0;
    const sentAt = Date.now();
    const finish = (answerAt: number | null) => {
      clearTimeout(timer);
      waiting.delete(visitor);
      streaming.delete(visitor);
      resolve([visitor, index, sentAt, status, firstDeltaAt, answerAt, respondedAt]);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    waiting.set(visitor, {
      firstDelta: (at) => {
        if (firstDeltaAt !== null) return;
        firstDeltaAt = at;
        streaming.add(visitor);
      },
      answer: (at) => finish(at),
    });
    void post(visitor, { clientId: randomUUID(), text: QUESTIONS[(visitor + index) % QUESTIONS.length]! }).then((code) => {
      status = code;
      respondedAt = Date.now();
      if (code !== 201) finish(null);
    });
  });
}

async function level({ from, to, messages, spreadMs, timeoutMs }: Extract<StreamClientCommand, { type: "level" }>) {
  const results: StreamResult[] = [];
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(streaming.size), 100);
  const start = Date.now() + 20;
  let maxLateMs = 0;
  const count = to - from;
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      // Spread the first sends over one answer's length, so the streams overlap evenly instead of
      // arriving as one burst.
      const due = start + (i * spreadMs) / count;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
      maxLateMs = Math.max(maxLateMs, Date.now() - due);
      for (let m = 0; m < messages; m++) results.push(await exchange(from + i, m, timeoutMs));
    }),
  );
  clearInterval(sampler);
  const max = Math.max(0, ...samples);
  const mean = samples.length ? samples.reduce((sum, value) => sum + value, 0) / samples.length : 0;
  process.send?.({ type: "level", results, concurrency: { mean: Number(mean.toFixed(1)), max }, maxLateMs } satisfies StreamClientReport);
}

process.on("message", async (raw) => {
  const command = raw as StreamClientCommand | { type: "close" };
  if (command.type === "connect") {
    ({ url, tokens } = command);
    const start = Date.now();
    const failures: string[] = [];
    sockets.push(...(await openSockets(`${url}/widget`, tokens.map((token) => ({ token })), failures)));
    sockets.forEach((socket, visitor) => socket && listen(socket, visitor));
    process.send?.({ type: "connected", visitors: sockets.filter(Boolean).length, failures: failures.slice(0, 3), ms: Date.now() - start } satisfies StreamClientReport);
  } else if (command.type === "level") {
    void level(command);
  } else if (command.type === "close") {
    for (const socket of sockets) socket?.disconnect();
    process.exit(0);
  }
});
process.on("disconnect", () => process.exit(0));

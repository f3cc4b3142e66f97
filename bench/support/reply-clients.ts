// The client side of the agent-reply benchmark, in a process of its own (in production the
// visitors and the agents' browsers are other machines): 1,000 visitor sockets on /widget, and the
// agents' HTTP replies sent at a fixed rate to the inbox messages route. Both ends are timed here,
// on one clock: from just before the POST is sent to the reply's `message:created` on the
// visitor's socket (matched by the reply's clientId).
import { randomUUID } from "node:crypto";
import { Agent, request } from "node:http";
import type { Socket } from "socket.io-client";
import { openSockets } from "./socket-clients";

export interface Reply {
  conversationId: string;
  /** Index into the agent cookies. */
  agent: number;
}

export type ReplyClientCommand =
  | { type: "connect"; url: string; visitorTokens: string[]; agentCookies: string[]; origin: string }
  | { type: "send"; replies: Reply[]; rate: number; timeoutMs: number };

export type ReplyClientReport =
  | { type: "connected"; visitors: number; failures: string[]; ms: number }
  | {
      type: "sent";
      /** Per reply: [sent at, HTTP status (0: network error), response at, socket receipt at or null]. */
      results: Array<[number, number, number, number | null]>;
      duplicates: number;
      /** How late the scheduler sent requests (this process's event loop busy), ms. */
      maxLateMs: number;
    };

let url = "";
let origin = "";
let cookies: string[] = [];
const received = new Map<string, number>();
let duplicates = 0;
// Keep-alive, as a browser keeps its connection to the app open; enough sockets for 200/s.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function onMessage(payload: { clientId?: string | null; role?: string }) {
  const at = Date.now();
  if (!payload?.clientId || payload.role !== "agent") return;
  if (received.has(payload.clientId)) duplicates++;
  else received.set(payload.clientId, at);
}

/** One POST through node:http (fetch adds its own scheduling); resolves with the status. */
function post(path: string, cookie: string, body: unknown): Promise<number> {
  const data = JSON.stringify(body);
  return new Promise((resolve) => {
    const req = request(`${url}${path}`, {
      method: "POST",
      agent,
      headers: { cookie, origin, "content-type": "application/json", "content-length": Buffer.byteLength(data) },
    });
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", () => resolve(0));
    req.end(data);
  });
}

async function send({ replies, rate, timeoutMs }: Extract<ReplyClientCommand, { type: "send" }>) {
  const start = Date.now() + 50;
  let maxLateMs = 0;
  const sent = await Promise.all(
    replies.map(
      (reply, i) =>
        new Promise<[string, number, number, number]>((resolve) => {
          const due = start + (i * 1000) / rate;
          setTimeout(async () => {
            const clientId = randomUUID();
            const at = Date.now();
            maxLateMs = Math.max(maxLateMs, at - due);
            const status = await post(`/api/inbox/conversations/${reply.conversationId}/messages`, cookies[reply.agent]!, { clientId, text: `Reply ${i}: let me check that for you.` });
            resolve([clientId, at, status, Date.now()]);
          }, Math.max(0, due - Date.now()));
        }),
    ),
  );
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && sent.some(([clientId, , status]) => status === 201 && !received.has(clientId))) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const results = sent.map(([clientId, at, status, returned]): [number, number, number, number | null] => [at, status, returned, received.get(clientId) ?? null]);
  process.send?.({ type: "sent", results, duplicates, maxLateMs } satisfies ReplyClientReport);
}

const sockets: Array<Socket | null> = [];

process.on("message", async (raw) => {
  const command = raw as ReplyClientCommand | { type: "close" };
  if (command.type === "connect") {
    ({ url, origin } = command);
    cookies = command.agentCookies;
    const start = Date.now();
    const failures: string[] = [];
    sockets.push(...(await openSockets(`${url}/widget`, command.visitorTokens.map((token) => ({ token })), failures)));
    for (const socket of sockets) socket?.on("message:created", onMessage);
    process.send?.({ type: "connected", visitors: sockets.filter(Boolean).length, failures: failures.slice(0, 3), ms: Date.now() - start } satisfies ReplyClientReport);
  } else if (command.type === "send") {
    void send(command);
  } else if (command.type === "close") {
    for (const socket of sockets) socket?.disconnect();
    process.exit(0);
  }
});
process.on("disconnect", () => process.exit(0));

// The browsers of the escalation benchmark, in a child process of their own: 50 inboxes on /agent
// and 1,000 idle widgets on /widget. Kept out of the server's process so that decoding what the
// clients receive does not queue behind the server's own work on the same event loop (in
// production the browsers are other machines). Talks to the parent over IPC (ClientCommand /
// ClientReport); timestamps are Date.now(), the same system clock as the parent's.
import { Redis } from "ioredis";
import { io as connect, type Socket } from "socket.io-client";

export type ClientCommand =
  | { type: "connect"; url: string; agentCookies: string[]; visitorTokens: string[]; redisUrl: string; agentChannel: string }
  /** The conversations about to be escalated, so the Redis tap knows which ids to look for. */
  | { type: "expect"; conversationIds: string[] }
  | { type: "collect"; expected: number; timeoutMs: number }
  | { type: "close" };

export type ClientReport =
  | { type: "connected"; agents: number; visitors: number; failures: string[]; ms: number }
  | {
      type: "receipts";
      /** [agent index, conversation id, received at] for each `handoff:created`. */
      receipts: Array<[number, string, number]>;
      /** [conversation id, seen on the Redis channel at]: when the publish left the publisher. */
      published: Array<[string, number]>;
      duplicates: number;
      /** CPU this process used since it started (connecting included), in ms. */
      cpuMs: number;
    };

const CONNECT_BATCH = 100;

const agents: Socket[] = [];
const visitors: Socket[] = [];
const receipts: Array<[number, string, number]> = [];
const published = new Map<string, number>();
const seen = new Set<string>();
let duplicates = 0;
let tap: Redis | null = null;
/** Conversations the parent is about to escalate: what the Redis tap looks for. */
const pending = new Set<string>();

function open(url: string, options: { cookie?: string; token?: string }): Promise<Socket> {
  const socket = connect(url, {
    transports: ["websocket"],
    reconnection: false,
    timeout: 20_000,
    ...(options.cookie ? { extraHeaders: { cookie: options.cookie } } : {}),
    ...(options.token ? { auth: { token: options.token } } : {}),
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (error) => reject(error));
  });
}

async function openAll(url: string, credentials: Array<{ cookie?: string; token?: string }>, failures: string[]): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < credentials.length; i += CONNECT_BATCH) {
    const settled = await Promise.allSettled(credentials.slice(i, i + CONNECT_BATCH).map((credential) => open(url, credential)));
    for (const result of settled) {
      if (result.status === "fulfilled") sockets.push(result.value);
      else failures.push(String(result.reason));
    }
  }
  return sockets;
}

/**
 * Watches the Redis channel the server's adapter listens on: the moment a `handoff:created`
 * publish passes through Redis splits the latency into server work and fan-out. The emitter's
 * msgpack frame carries event name and ids as plain UTF-8, so a byte search finds them.
 */
async function watchPublishes(redisUrl: string, channel: string, conversationIds: () => Iterable<string>) {
  tap = new Redis(redisUrl, { connectionName: "baton:bench-tap" });
  tap.on("pmessageBuffer", (_pattern: Buffer, _channel: Buffer, message: Buffer) => {
    const at = Date.now();
    if (!message.includes("handoff:created")) return;
    for (const id of conversationIds()) if (!published.has(id) && message.includes(id)) published.set(id, at);
  });
  await tap.psubscribe(`${channel}*`);
}

async function onConnect(command: Extract<ClientCommand, { type: "connect" }>) {
  const start = Date.now();
  const failures: string[] = [];
  await watchPublishes(command.redisUrl, command.agentChannel, () => pending);
  agents.push(...(await openAll(`${command.url}/agent`, command.agentCookies.map((cookie) => ({ cookie })), failures)));
  agents.forEach((socket, index) => {
    socket.on("handoff:created", (payload: { conversation?: { id?: string } }) => {
      const at = Date.now();
      const id = payload?.conversation?.id ?? "?";
      // Only the measured escalations count (the warm-up ones arrive before "expect").
      if (!pending.has(id)) return;
      const key = `${index}:${id}`;
      if (seen.has(key)) duplicates++;
      seen.add(key);
      receipts.push([index, id, at]);
    });
  });
  visitors.push(...(await openAll(`${command.url}/widget`, command.visitorTokens.map((token) => ({ token })), failures)));
  send({ type: "connected", agents: agents.length, visitors: visitors.length, failures: failures.slice(0, 5), ms: Date.now() - start });
}

async function onCollect(command: Extract<ClientCommand, { type: "collect" }>) {
  const deadline = Date.now() + command.timeoutMs;
  while (receipts.length < command.expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const cpu = process.cpuUsage();
  send({ type: "receipts", receipts, published: [...published], duplicates, cpuMs: Math.round((cpu.user + cpu.system) / 1000) });
}

async function onClose() {
  for (const socket of [...agents, ...visitors]) socket.disconnect();
  await tap?.quit();
  process.exit(0);
}

function send(report: ClientReport) {
  process.send?.(report);
}

process.on("message", (raw) => {
  const command = raw as ClientCommand;
  if (command.type === "connect") void onConnect(command);
  else if (command.type === "expect") for (const id of command.conversationIds) pending.add(id);
  else if (command.type === "collect") void onCollect(command);
  else if (command.type === "close") void onClose();
});

// Orphaned (the parent crashed): do not keep 1,050 sockets open.
process.on("disconnect", () => void onClose());

// Memory per idle visitor: Baton's /widget namespace against bare Socket.IO, side by side in one
// run. The bar: idle_visitor_memory_ratio <= 1.3 at 5,000 visitors.
//
//   npx tsx bench/idle-memory.ts [--visitors 5000] [--warmup 50] [--settle 3000]
//
// For each server kind (bare first, then Baton) a fresh server process (--expose-gc) and a fresh
// client process: `warmup` sockets connect first (so lazily created state, the first Redis and
// Postgres connections, compiled code, is in the baseline), memory is read after forced GC, then
// `visitors` more sockets connect, the server settles (presence writes, announcements), and memory
// is read again. Per socket = (after - before) / visitors, as heap used + external (what the
// process's objects and buffers hold; RSS is printed too but moves in allocator-sized steps).
// Baton's sockets are real visitors: widget sessions from startWidgetSession and their signed
// tokens, checked by the namespace's auth middleware. Bare sockets send no token (nothing reads it).
import { fork, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createBenchEnvironment } from "./support/bench-database";
import type { MemoryClientReport } from "./support/memory-clients";
import type { MemoryServerReport } from "./support/memory-server";
import { ask } from "./support/socket-clients";

const { values } = parseArgs({
  options: {
    visitors: { type: "string", default: "5000" },
    warmup: { type: "string", default: "50" },
    settle: { type: "string", default: "3000" },
  },
});
const VISITORS = Number(values.visitors);
const WARMUP = Number(values.warmup);
const SETTLE_MS = Number(values.settle);

const log = (line: string) => console.error(`[idle-memory] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const support = (file: string) => new URL(`./support/${file}`, import.meta.url).pathname;

type Memory = Extract<MemoryServerReport, { type: "memory" }>;

interface Measured {
  kind: "bare" | "baton";
  before: Memory;
  after: Memory;
  /** Bytes per socket: heap used + external. */
  perSocket: number;
  perSocketRss: number;
}

async function measureKind(kind: "bare" | "baton", env: Record<string, string>, tokens: string[]): Promise<Measured> {
  const children: ChildProcess[] = [];
  try {
    const server = fork(support("memory-server.ts"), [kind], {
      execArgv: [...process.execArgv, "--expose-gc"],
      env: { ...process.env, ...env },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    children.push(server);
    const { url } = await new Promise<Extract<MemoryServerReport, { type: "listening" }>>((resolve, reject) => {
      server.once("message", (report: MemoryServerReport) => (report.type === "listening" ? resolve(report) : reject(new Error("unexpected report"))));
      server.once("exit", (code) => reject(new Error(`the ${kind} server exited (${code})`)));
    });
    const clients = fork(support("memory-clients.ts"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    children.push(clients);
    const connect = async (batch: string[]) => {
      const connected = await ask<MemoryClientReport, "connected">(clients, { type: "connect", url: `${url}/widget`, tokens: batch.map((token) => (kind === "baton" ? token : null)) }, "connected");
      if (connected.failures.length > 0) throw new Error(`${kind}: sockets failed to connect: ${connected.failures.join("; ")}`);
      return connected;
    };
    const measure = () => ask<MemoryServerReport, "memory">(server, { type: "measure" }, "memory");

    await connect(tokens.slice(0, WARMUP));
    await sleep(SETTLE_MS);
    const before = await measure();
    const connected = await connect(tokens.slice(WARMUP, WARMUP + VISITORS));
    log(`${kind}: ${connected.open} sockets open (${VISITORS} connected in ${connected.ms} ms)`);
    await sleep(SETTLE_MS);
    const after = await measure();
    if (after.sockets !== WARMUP + VISITORS) throw new Error(`${kind}: the server holds ${after.sockets} sockets, expected ${WARMUP + VISITORS}`);
    const perSocket = (after.heapUsed + after.external - before.heapUsed - before.external) / VISITORS;
    const perSocketRss = (after.rss - before.rss) / VISITORS;
    log(`${kind}: ${(perSocket / 1024).toFixed(2)} KB per socket (heap + external), ${(perSocketRss / 1024).toFixed(2)} KB RSS`);
    return { kind, before, after, perSocket, perSocketRss };
  } finally {
    for (const child of children) {
      if (!child.connected) continue;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.send({ type: "close" });
      child.disconnect();
      await Promise.race([exited, sleep(5000)]);
      child.kill();
    }
  }
}

async function main(): Promise<number> {
  const bench = await createBenchEnvironment("memory");
  try {
    // src/server/env.ts reads process.env once, at import: every src module is imported after this.
    Object.assign(process.env, bench.env);
    const seed = await import("./support/escalation-seed");
    const { db } = await import("@/server/db");
    let t = Date.now();
    const { organizationId } = await seed.seedAgents(1);
    const inbox = await seed.seedWidgetInbox(organizationId);
    const visitors = await seed.seedVisitors(inbox.publicKey, WARMUP + VISITORS);
    await db.$disconnect();
    log(`${visitors.length} widget sessions in ${Date.now() - t} ms`);
    const tokens = visitors.map((visitor) => visitor.token);

    t = Date.now();
    const bare = await measureKind("bare", bench.env, tokens);
    const baton = await measureKind("baton", bench.env, tokens);
    const ratio = baton.perSocket / bare.perSocket;
    const kb = (bytes: number) => Number((bytes / 1024).toFixed(2));
    console.log(`Idle visitors: ${VISITORS} sockets (after ${WARMUP} warm-up) on each server, ${((Date.now() - t) / 1000).toFixed(1)} s`);
    console.log(`  bare Socket.IO: ${kb(bare.perSocket)} KB per socket (heap + external), ${kb(bare.perSocketRss)} KB RSS`);
    console.log(`  Baton /widget:  ${kb(baton.perSocket)} KB per socket (heap + external), ${kb(baton.perSocketRss)} KB RSS`);
    console.log(
      JSON.stringify({
        bench: "idle-memory",
        ratio: Number(ratio.toFixed(3)),
        rssRatio: Number((baton.perSocketRss / bare.perSocketRss).toFixed(3)),
        visitors: VISITORS,
        bareKbPerSocket: kb(bare.perSocket),
        batonKbPerSocket: kb(baton.perSocket),
        bareRssKbPerSocket: kb(bare.perSocketRss),
        batonRssKbPerSocket: kb(baton.perSocketRss),
        load_average_1m: Number((loadavg()[0] ?? 0).toFixed(2)),
      }),
    );
    return 0;
  } finally {
    await bench.dispose();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

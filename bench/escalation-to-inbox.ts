// Escalation committed -> visible in every subscribed inbox. The bar: p99 <= 250 ms with 50
// agent inboxes subscribed and 1,000 visitors connected. One workspace with a widget inbox, real
// session cookies and visitor tokens, the real Socket.IO server with its Redis adapter, and
// requestHandoff called at a steady rate; each agent socket timestamps its `handoff:created`.
// Prints a readable summary and, last, one JSON line; exits 0 when every inbox got every escalation.
//
//   npx tsx bench/escalation-to-inbox.ts [--agents 50] [--visitors 1000] [--escalations 200] [--rate 20]
//                                        [--warmup 20] [--profile escalations.cpuprofile]
//
// A warm-up of 20 escalations at 5/s runs first and is not counted: a web process that has served
// traffic has its code compiled; the first calls of a cold one cost about twice the CPU.
//
// t(commit) is taken just before calling requestHandoff: conservative, it includes the whole
// handoff (context, brief, transaction, fan-out). The summary also gives the figures from
// Handoff.createdAt, which Prisma stamps in this process when it builds the INSERT, inside the
// transaction, so also before the commit. The browsers run in a child process (see
// support/inbox-clients.ts); both processes read the same system clock.
import { fork, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createBenchEnvironment } from "./support/bench-database";
import { computeFigures, percentiles, printSummary } from "./support/escalation-figures";
import type { ClientCommand, ClientReport } from "./support/inbox-clients";
import { escalateAtRate } from "./support/open-loop";

const { values } = parseArgs({
  options: {
    agents: { type: "string", default: "50" },
    visitors: { type: "string", default: "1000" },
    escalations: { type: "string", default: "200" },
    rate: { type: "string", default: "20" },
    warmup: { type: "string", default: "20" },
    // A CPU profile of the server process during the escalations only (open it in Chrome DevTools).
    profile: { type: "string" },
  },
});
const AGENTS = Number(values.agents);
const VISITORS = Number(values.visitors);
const WARMUP = Math.min(Number(values.warmup), VISITORS);
const ESCALATIONS = Math.min(Number(values.escalations), VISITORS - WARMUP);
const RATE = Number(values.rate);
const WARMUP_RATE = 5;
// After the last escalation, how long a receipt may still arrive before it counts as missing.
const COLLECT_TIMEOUT_MS = 10_000;
// After connecting: every widget socket announced its visitor to all 50 inboxes; let that drain.
const SETTLE_MS = 2000;

const log = (line: string) => console.error(`[escalation-to-inbox] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends a command to the client process and waits for its report of the given type. */
function ask<T extends ClientReport["type"]>(child: ChildProcess, command: ClientCommand, reply: T): Promise<Extract<ClientReport, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (report: ClientReport) => {
      if (report.type !== reply) return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(report as Extract<ClientReport, { type: T }>);
    };
    const onExit = (code: number | null) => reject(new Error(`the client process exited (${code}) before reporting ${reply}`));
    child.on("message", onMessage);
    child.once("exit", onExit);
    child.send(command);
  });
}

async function startProfiler() {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  return {
    async stop(path: string) {
      const { profile } = await session.post("Profiler.stop");
      writeFileSync(path, JSON.stringify(profile));
      session.disconnect();
      log(`CPU profile of the escalations written to ${path}`);
    },
  };
}

async function measure(redisUrl: string): Promise<number> {
  const { createRealtimeServer, REALTIME_CHANNEL } = await import("@/server/realtime");
  const { requestHandoff } = await import("@/features/handoff/request-handoff");
  const { db } = await import("@/server/db");
  const { getRedis } = await import("@/server/redis");
  const { closeQueues } = await import("@/jobs/queues");
  const seed = await import("./support/escalation-seed");

  const server = createServer();
  const realtime = createRealtimeServer(server);
  let child: ChildProcess | null = null;
  try {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    let t = Date.now();
    const { organizationId, agents } = await seed.seedAgents(AGENTS);
    log(`${agents.length} agents signed up in ${Date.now() - t} ms`);
    t = Date.now();
    const inbox = await seed.seedWidgetInbox(organizationId);
    const visitors = await seed.seedVisitors(inbox.publicKey, VISITORS);
    const seeded = await seed.seedConversations(organizationId, inbox.id, visitors.slice(0, WARMUP + ESCALATIONS));
    const [warmupIds, conversationIds] = [seeded.slice(0, WARMUP), seeded.slice(WARMUP)];
    log(`${visitors.length} widget sessions and ${seeded.length} conversations in ${Date.now() - t} ms`);

    child = fork(new URL("./support/inbox-clients.ts", import.meta.url).pathname, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    const agentCookies = agents.map((agent) => agent.cookie);
    const visitorTokens = visitors.map((visitor) => visitor.token);
    const agentChannel = `${REALTIME_CHANNEL()}#/agent#`;
    const connected = await ask(child, { type: "connect", url, agentCookies, visitorTokens, redisUrl, agentChannel }, "connected");
    log(`${connected.agents} /agent and ${connected.visitors} /widget sockets connected in ${connected.ms} ms`);
    if (connected.agents !== agents.length || connected.visitors !== visitors.length) {
      throw new Error(`sockets failed to connect: ${connected.failures.join("; ")}`);
    }
    await sleep(SETTLE_MS);
    const escalate = (conversationId: string) => requestHandoff({ organizationId, conversationId, reasons: [{ code: "explicit_request" }] });
    if (warmupIds.length > 0) {
      log(`warm-up: ${warmupIds.length} escalations at ${WARMUP_RATE}/s, not counted`);
      await escalateAtRate(warmupIds, WARMUP_RATE, escalate);
      await sleep(500);
    }

    child.send({ type: "expect", conversationIds } satisfies ClientCommand);
    const profiler = values.profile ? await startProfiler() : null;
    log(`escalating ${conversationIds.length} conversations at ${RATE}/s...`);
    const cpuBefore = process.cpuUsage();
    const escalations = await escalateAtRate(conversationIds, RATE, escalate);
    const cpu = process.cpuUsage(cpuBefore);
    const serverCpuMsPerEscalation = Number(((cpu.user + cpu.system) / 1000 / escalations.length).toFixed(1));
    if (profiler) await profiler.stop(values.profile!);
    const report = await ask(child, { type: "collect", expected: AGENTS * escalations.length, timeoutMs: COLLECT_TIMEOUT_MS }, "receipts");

    const handoffs = await db.handoff.findMany({ where: { organizationId, conversationId: { in: conversationIds } }, select: { conversationId: true, createdAt: true } });
    const figures = computeFigures({
      agents: AGENTS,
      escalations,
      receipts: report.receipts,
      publishedAt: new Map(report.published),
      createdAt: new Map(handoffs.map((handoff) => [handoff.conversationId, handoff.createdAt.getTime()])),
    });
    printSummary(figures, { agents: AGENTS, visitors: VISITORS, rate: RATE, serverCpuMsPerEscalation, clientCpuMs: report.cpuMs, duplicates: report.duplicates });
    const { p50, p90, p99, max } = figures.fromCall;
    console.log(
      JSON.stringify({
        name: "escalation_to_inbox_p99_ms",
        value: p99,
        p50,
        p90,
        max,
        agents: AGENTS,
        visitors: VISITORS,
        escalations: escalations.length,
        rate_per_s: RATE,
        warmup: warmupIds.length,
        missing: figures.missing,
        failed: figures.failed,
        duplicates: report.duplicates,
        from_created_at: percentiles(figures.fromCreatedAt),
        request_handoff_ms: percentiles(figures.requestHandoff),
        call_to_publish_ms: percentiles(figures.callToPublish),
        publish_to_receipt_ms: percentiles(figures.publishToReceipt),
        server_cpu_ms_per_escalation: serverCpuMsPerEscalation,
        load_average_1m: Number((loadavg()[0] ?? 0).toFixed(2)),
      }),
    );
    return figures.missing === 0 && figures.failed === 0 ? 0 : 1;
  } finally {
    if (child?.connected) {
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      child.send({ type: "close" } satisfies ClientCommand);
      await Promise.race([exited, sleep(5000)]);
    }
    child?.kill();
    await realtime.close();
    await new Promise((resolve) => server.close(resolve));
    await closeQueues();
    await Promise.allSettled([getRedis().quit(), db.$disconnect()]);
  }
}

async function main(): Promise<number> {
  const bench = await createBenchEnvironment("escalation");
  try {
    // src/server/env.ts reads process.env once, at import: every src module is imported after this.
    Object.assign(process.env, bench.env);
    return await measure(bench.env.REDIS_URL!);
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

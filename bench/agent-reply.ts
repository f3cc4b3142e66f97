// Agent reply -> visitor: the time from an agent's POST to the inbox messages route to the
// reply's `message:created` on the visitor's socket. The bar: p99 <= 25 ms at 1,000 connected
// visitors and 200 replies/s. The full path: HTTP, withTenant (session cookie, membership),
// postAgentMessage (its transaction, the publishes), Redis, the Socket.IO Redis adapter, the
// visitor's WebSocket. Visitors and agents are real (widget sessions, sign-up session cookies).
//
//   npx tsx bench/agent-reply.ts [--visitors 1000] [--agents 10] [--rate 200] [--seconds 10]
//                                [--profile agent-reply.cpuprofile]
//
// Every conversation is first claimed by its agent (the claim use-case), and 100 unmeasured
// replies at 20/s warm the code up. Then rate x seconds replies go out open-loop (each at its
// time, whether or not the earlier ones have returned), round-robin over the conversations. The clients run in a child process
// (support/reply-clients.ts) and time both ends on one clock.
import { fork, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { Session } from "node:inspector/promises";
import type { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { createBenchEnvironment } from "./support/bench-database";
import type { Reply, ReplyClientReport } from "./support/reply-clients";
import { ask } from "./support/socket-clients";
import { distribution } from "./support/stats";

const { values } = parseArgs({
  options: {
    visitors: { type: "string", default: "1000" },
    agents: { type: "string", default: "10" },
    rate: { type: "string", default: "200" },
    seconds: { type: "string", default: "10" },
    profile: { type: "string" },
  },
});
const VISITORS = Number(values.visitors);
const AGENTS = Number(values.agents);
const RATE = Number(values.rate);
const REPLIES = Math.round(RATE * Number(values.seconds));
const WARMUP_RATE = 20;
const WARMUP_REPLIES = 100;
const COLLECT_TIMEOUT_MS = 10_000;

const log = (line: string) => console.error(`[agent-reply] ${line}`);

async function measure(): Promise<number> {
  const { createRealtimeServer } = await import("@/server/realtime");
  const messagesRoute = await import("@/app/api/inbox/conversations/[conversationId]/messages/route");
  const { db } = await import("@/server/db");
  const { getRedis } = await import("@/server/redis");
  const { closeQueues } = await import("@/jobs/queues");
  const { drainBackground } = await import("@/server/background");
  const { env } = await import("@/server/env");
  const seed = await import("./support/escalation-seed");
  const { routeListener } = await import("./support/route-server");

  const server = createServer(
    routeListener([{ method: "POST", path: /^\/api\/inbox\/conversations\/(?<conversationId>[^/]+)\/messages$/, handler: messagesRoute.POST }]),
  );
  const realtime = createRealtimeServer(server);
  let child: ChildProcess | null = null;
  try {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const t = Date.now();
    const { organizationId, agents } = await seed.seedAgents(AGENTS);
    const inbox = await seed.seedWidgetInbox(organizationId);
    const visitors = await seed.seedVisitors(inbox.publicKey, VISITORS);
    const conversationIds = await seed.seedConversations(organizationId, inbox.id, visitors);
    log(`${agents.length} agents, ${visitors.length} widget sessions and conversations in ${Date.now() - t} ms`);

    child = fork(new URL("./support/reply-clients.ts", import.meta.url).pathname, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    const connected = await ask<ReplyClientReport, "connected">(
      child,
      { type: "connect", url, visitorTokens: visitors.map((visitor) => visitor.token), agentCookies: agents.map((agent) => agent.cookie), origin: env.PUBLIC_URL },
      "connected",
    );
    log(`${connected.visitors} /widget sockets connected in ${connected.ms} ms`);
    if (connected.visitors !== VISITORS) throw new Error(`sockets failed to connect: ${connected.failures.join("; ")}`);

    // Conversation i belongs to agent i % AGENTS: claimed first (the steady state is a
    // conversation an agent already holds), through the claim use-case, a few at a time so a
    // loaded machine cannot time the claims out.
    const { claimConversation } = await import("@/features/inbox/claim-conversation");
    await seed.mapLimit(conversationIds, 4, (conversationId, i) => claimConversation({ organizationId, conversationId, userId: agents[i % AGENTS]!.userId, via: "inbox" }));
    const reply = (i: number): Reply => ({ conversationId: conversationIds[i % VISITORS]!, agent: (i % VISITORS) % AGENTS });
    // Unmeasured replies first: a web process that has served traffic has its code compiled.
    const warmup = Math.min(WARMUP_REPLIES, VISITORS);
    log(`warm-up: ${warmup} replies at ${WARMUP_RATE}/s, not counted`);
    await ask<ReplyClientReport, "sent">(child, { type: "send", replies: Array.from({ length: warmup }, (_, i) => reply(i)), rate: WARMUP_RATE, timeoutMs: COLLECT_TIMEOUT_MS }, "sent");
    await drainBackground();

    const profiler = values.profile ? new Session() : null;
    if (profiler) {
      profiler.connect();
      await profiler.post("Profiler.enable");
      await profiler.post("Profiler.start");
    }
    log(`sending ${REPLIES} replies at ${RATE}/s to ${VISITORS} conversations...`);
    // SQL statements per reply: the same pg module the Prisma adapter and better-auth use.
    let queries = 0;
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      queries++;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    const cpuBefore = process.cpuUsage();
    const run = await ask<ReplyClientReport, "sent">(child, { type: "send", replies: Array.from({ length: REPLIES }, (_, i) => reply(i)), rate: RATE, timeoutMs: COLLECT_TIMEOUT_MS }, "sent");
    const cpu = process.cpuUsage(cpuBefore);
    pg.Client.prototype.query = query;
    const queriesPerReply = Number((queries / REPLIES).toFixed(1));
    if (profiler) {
      const { profile } = await profiler.post("Profiler.stop");
      writeFileSync(values.profile!, JSON.stringify(profile));
      profiler.disconnect();
      log(`CPU profile written to ${values.profile}`);
    }

    const failed = run.results.filter(([, status]) => status !== 201);
    const missing = run.results.filter(([, status, , receivedAt]) => status === 201 && receivedAt === null).length;
    const latency = distribution(run.results.flatMap(([sentAt, , , receivedAt]) => (receivedAt === null ? [] : [receivedAt - sentAt])));
    const response = distribution(run.results.map(([sentAt, , returnedAt]) => returnedAt - sentAt));
    const serverCpuMsPerReply = Number(((cpu.user + cpu.system) / 1000 / REPLIES).toFixed(2));
    console.log(`Agent reply -> visitor socket: ${VISITORS} connected visitors, ${REPLIES} replies at ${RATE}/s by ${AGENTS} agents`);
    console.log(`  POST sent -> message:created on the visitor socket: p50 ${latency.p50}, p90 ${latency.p90}, p99 ${latency.p99}, max ${latency.max} ms (n=${latency.count})`);
    console.log(`  POST sent -> HTTP response: p50 ${response.p50}, p99 ${response.p99} ms`);
    console.log(`  server CPU per reply: ${serverCpuMsPerReply} ms, ${queriesPerReply} SQL statements; client scheduler late by at most ${run.maxLateMs} ms`);
    console.log(`  failed requests: ${failed.length}, missing receipts: ${missing}, duplicate receipts: ${run.duplicates}`);
    console.log(
      JSON.stringify({
        bench: "agent-reply",
        p99ms: latency.p99,
        p50ms: latency.p50,
        p90ms: latency.p90,
        maxMs: latency.max,
        responseP99ms: response.p99,
        visitors: VISITORS,
        agents: AGENTS,
        replies: REPLIES,
        ratePerS: RATE,
        failed: failed.length,
        missing,
        duplicates: run.duplicates,
        serverCpuMsPerReply,
        queriesPerReply,
        unhandledRejections: unhandled,
        clientMaxLateMs: run.maxLateMs,
        load_average_1m: Number((loadavg()[0] ?? 0).toFixed(2)),
      }),
    );
    return failed.length === 0 && missing === 0 ? 0 : 1;
  } finally {
    if (child?.connected) {
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      child.send({ type: "close" });
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
    child?.kill();
    await drainBackground();
    await realtime.close();
    await new Promise((resolve) => server.close(resolve));
    await closeQueues();
    await Promise.allSettled([getRedis().quit(), db.$disconnect()]);
  }
}

// src/server/publish.ts hands Redis PUBLISH to @socket.io/redis-emitter, which drops the command's
// promise: on a loaded machine the shared connection's 2 s commandTimeout rejects it unhandled,
// which would end this process. Counted and reported instead (an event lost that way shows up as
// a late or missing receipt).
let unhandled = 0;
process.on("unhandledRejection", (reason) => {
  if (unhandled++ === 0) console.error(`[agent-reply] unhandled rejection (counted, first shown): ${String(reason)}`);
});

async function main(): Promise<number> {
  const bench = await createBenchEnvironment("agentreply");
  try {
    // src/server/env.ts reads process.env once, at import: every src module is imported after this.
    Object.assign(process.env, bench.env);
    return await measure();
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

// Visitor send -> first streamed token, minus the LLM's own time to first token. Bars:
// first_token_overhead_p99_ms <= 60, and concurrent_streams >= 400 (how many conversations can be
// streaming at once before that overhead's p99 passes 100 ms).
//
//   npx tsx bench/first-token.ts [--levels 50,100,200,300,400,600,800] [--first-token-ms 200]
//                                [--token-ms 50] [--words 80] [--messages 3] [--profile first-token.cpuprofile]
//
// The path: the widget's REST route (POST /api/widget/messages with a real visitor token, its
// rate limits and validation), postVisitorMessage, then in the background replyToVisitor (bot
// modes, the trigger engine, history, retrieval) and the OpenAI responder with the real `openai`
// client against test/fakes/openai-server.ts in its own process (support/fake-llm.ts), whose
// stream starts exactly --first-token-ms after the request and then gives one word every
// --token-ms (80 words: a 4 s answer); each flushed piece is published to Redis and reaches the
// visitor's socket through the Socket.IO Redis adapter. Visitors run in another process
// (support/stream-clients.ts) and time send and first `message:delta` on one clock.
//
// Levels: at level N, visitors 0..N-1 each send --messages questions one after another (the next
// when the previous answer is stored), their first sends spread over one answer's length so the
// streams overlap evenly; about N answers are streaming at any moment (the clients sample it).
// A visitor's first message of a level arrives while the level ramps up and is not counted.
// first_token_overhead_p99_ms is the first level's p99; concurrent_streams is the highest level
// whose p99 stays within 100 ms with every answer delivered. The ramp stops at the first level
// that misses.
import { fork, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { Session } from "node:inspector/promises";
import type { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { createBenchEnvironment } from "./support/bench-database";
import { ask } from "./support/socket-clients";
import { distribution, type Distribution } from "./support/stats";
import type { StreamClientReport } from "./support/stream-clients";

const { values } = parseArgs({
  options: {
    levels: { type: "string", default: "50,100,200,300,400,600,800" },
    "first-token-ms": { type: "string", default: "200" },
    "token-ms": { type: "string", default: "50" },
    words: { type: "string", default: "80" },
    messages: { type: "string", default: "3" },
    profile: { type: "string" },
  },
});
const LEVELS = values.levels!.split(",").map(Number);
const FIRST_TOKEN_MS = Number(values["first-token-ms"]);
const TOKEN_MS = Number(values["token-ms"]);
const WORDS = Number(values.words);
const MESSAGES = Number(values.messages);
const ANSWER_MS = FIRST_TOKEN_MS + TOKEN_MS * WORDS;
const OVERHEAD_LIMIT_MS = 100;
const WARMUP_VISITORS = 20;
const EXCHANGE_TIMEOUT_MS = 30_000;

const log = (line: string) => console.error(`[first-token] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface LevelFigures {
  level: number;
  overhead: Distribution;
  /** The overhead split: the HTTP request (the message stored), then response -> first token minus the LLM's delay. */
  response: Distribution;
  afterResponse: Distribution;
  firstMessageOverhead: Distribution;
  failed: number;
  concurrency: { mean: number; max: number };
}

async function startFakeLlm(): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(new URL("./support/fake-llm.ts", import.meta.url).pathname, [String(FIRST_TOKEN_MS), String(TOKEN_MS), String(WORDS)], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("message", (message: { url: string }) => resolve(message.url));
    child.once("exit", (code) => reject(new Error(`the fake LLM exited (${code})`)));
  });
  return { child, url };
}

async function measure(): Promise<number> {
  const { createRealtimeServer } = await import("@/server/realtime");
  const messagesRoute = await import("@/app/api/widget/messages/route");
  const { db } = await import("@/server/db");
  const { getRedis } = await import("@/server/redis");
  const { closeQueues } = await import("@/jobs/queues");
  const { drainBackground } = await import("@/server/background");
  const seed = await import("./support/escalation-seed");
  const { routeListener } = await import("./support/route-server");

  const server = createServer(routeListener([{ method: "POST", path: /^\/api\/widget\/messages$/, handler: messagesRoute.POST }]));
  const realtime = createRealtimeServer(server);
  let clients: ChildProcess | null = null;
  try {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    let t = Date.now();
    const { organizationId } = await seed.seedAgents(1);
    const inbox = await seed.seedWidgetInbox(organizationId);
    // A small knowledge base, as retrieval for the grounded prompt (trained in place on first use).
    await db.knowledgeEntry.createMany({
      data: Array.from({ length: 20 }, (_, i) => ({
        organizationId,
        title: `Topic ${i}`,
        exampleQuestions: [`question about topic ${i}`, `tell me about topic number ${i}`],
        answer: `Answer about topic ${i}.`,
      })),
    });
    // Fresh visitors for every level: a conversation that has already had its questions answered
    // at a lower level would meet the trigger engine's repeated-question rules, not the bot.
    const levelVisitors = LEVELS.reduce((sum, level) => sum + level, 0);
    const visitors = await seed.seedVisitors(inbox.publicKey, WARMUP_VISITORS + levelVisitors);
    log(`${visitors.length} widget sessions in ${Date.now() - t} ms`);

    clients = fork(new URL("./support/stream-clients.ts", import.meta.url).pathname, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    // The warm-up visitors come last; each level takes the next unused run of visitors.
    const tokens = [...visitors.slice(WARMUP_VISITORS), ...visitors.slice(0, WARMUP_VISITORS)].map((visitor) => visitor.token);
    const connected = await ask<StreamClientReport, "connected">(clients, { type: "connect", url, tokens }, "connected");
    log(`${connected.visitors} /widget sockets connected in ${connected.ms} ms`);
    if (connected.visitors !== tokens.length) throw new Error(`sockets failed to connect: ${connected.failures.join("; ")}`);

    const runLevel = (from: number, to: number) =>
      ask<StreamClientReport, "level">(clients!, { type: "level", from, to, messages: MESSAGES, spreadMs: ANSWER_MS, timeoutMs: EXCHANGE_TIMEOUT_MS }, "level");
    log(`warm-up: ${WARMUP_VISITORS} conversations, not counted`);
    await runLevel(tokens.length - WARMUP_VISITORS, tokens.length);
    await drainBackground();

    const profiler = values.profile ? new Session() : null;
    if (profiler) {
      profiler.connect();
      await profiler.post("Profiler.enable");
      await profiler.post("Profiler.start");
    }
    // SQL statements per answered message: the same pg module the Prisma adapter uses.
    let queries = 0;
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      queries++;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    let exchanges = 0;
    const figures: LevelFigures[] = [];
    let nextVisitor = 0;
    for (const level of LEVELS) {
      t = Date.now();
      const report = await runLevel(nextVisitor, nextVisitor + level);
      nextVisitor += level;
      const overhead = (rows: typeof report.results) => distribution(rows.flatMap(([, , sentAt, , firstDeltaAt]) => (firstDeltaAt === null ? [] : [firstDeltaAt - sentAt - FIRST_TOKEN_MS])));
      const failed = report.results.filter(([, , , status, firstDeltaAt, answerAt]) => status !== 201 || firstDeltaAt === null || answerAt === null).length;
      const counted = report.results.filter(([, index, , , firstDeltaAt]) => index > 0 && firstDeltaAt !== null);
      const result: LevelFigures = {
        level,
        overhead: overhead(report.results.filter(([, index]) => index > 0)),
        response: distribution(counted.map(([, , sentAt, , , , respondedAt]) => respondedAt - sentAt)),
        afterResponse: distribution(counted.map(([, , , , firstDeltaAt, , respondedAt]) => firstDeltaAt! - respondedAt - FIRST_TOKEN_MS)),
        firstMessageOverhead: overhead(report.results.filter(([, index]) => index === 0)),
        failed,
        concurrency: report.concurrency,
      };
      figures.push(result);
      exchanges += report.results.length;
      const { p50, p90, p99, max, count } = result.overhead;
      log(
        `level ${level}: overhead p50 ${p50}, p90 ${p90}, p99 ${p99}, max ${max} ms (n=${count}); streaming at once mean ${report.concurrency.mean}, max ${report.concurrency.max}; ` +
          `failed ${failed}; HTTP response p50 ${result.response.p50} p99 ${result.response.p99}, then to first token (minus LLM) p50 ${result.afterResponse.p50} p99 ${result.afterResponse.p99}; ${((Date.now() - t) / 1000).toFixed(1)} s`,
      );
      await drainBackground();
      if (p99 > OVERHEAD_LIMIT_MS || failed > 0) break;
      await sleep(500);
    }
    pg.Client.prototype.query = query;
    const queriesPerMessage = Number((queries / Math.max(1, exchanges)).toFixed(1));
    log(`${queriesPerMessage} SQL statements per visitor message and its answer`);
    if (profiler) {
      const { profile } = await profiler.post("Profiler.stop");
      writeFileSync(values.profile!, JSON.stringify(profile));
      profiler.disconnect();
      log(`CPU profile written to ${values.profile}`);
    }

    const passing = figures.filter((figure) => figure.overhead.p99 <= OVERHEAD_LIMIT_MS && figure.failed === 0);
    const concurrentStreams = passing.length > 0 ? Math.max(...passing.map((figure) => figure.level)) : 0;
    const first = figures[0]!;
    console.log(`First token: LLM time to first token ${FIRST_TOKEN_MS} ms (subtracted), then a word every ${TOKEN_MS} ms, ${WORDS} words; ${MESSAGES} messages per visitor per level`);
    console.log(`  ${"level".padEnd(8)}${["p50", "p90", "p99", "max", "n", "1st p99", "streams", "failed"].map((v) => v.padStart(9)).join("")}`);
    for (const figure of figures) {
      const { p50, p90, p99, max, count } = figure.overhead;
      console.log(`  ${String(figure.level).padEnd(8)}${[p50, p90, p99, max, count, figure.firstMessageOverhead.p99, figure.concurrency.mean, figure.failed].map((v) => String(v).padStart(9)).join("")}`);
    }
    console.log(
      JSON.stringify({
        bench: "first-token",
        overheadP99ms: first.overhead.p99,
        overheadP50ms: first.overhead.p50,
        atLevel: first.level,
        concurrentStreams,
        queriesPerMessage,
        unhandledRejections: unhandled,
        firstTokenMs: FIRST_TOKEN_MS,
        tokenMs: TOKEN_MS,
        words: WORDS,
        levels: figures.map((figure) => ({
          level: figure.level,
          p50: figure.overhead.p50,
          p99: figure.overhead.p99,
          max: figure.overhead.max,
          n: figure.overhead.count,
          firstMessageP99: figure.firstMessageOverhead.p99,
          responseP99: figure.response.p99,
          afterResponseP99: figure.afterResponse.p99,
          streamingMean: figure.concurrency.mean,
          streamingMax: figure.concurrency.max,
          failed: figure.failed,
        })),
        load_average_1m: Number((loadavg()[0] ?? 0).toFixed(2)),
      }),
    );
    return figures.some((figure) => figure.overhead.count === 0) ? 1 : 0;
  } finally {
    if (clients?.connected) {
      const exited = new Promise((resolve) => clients!.once("exit", resolve));
      clients.send({ type: "close" });
      await Promise.race([exited, sleep(5000)]);
    }
    clients?.kill();
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
  if (unhandled++ === 0) console.error(`[first-token] unhandled rejection (counted, first shown): ${String(reason)}`);
});

async function main(): Promise<number> {
  const llm = await startFakeLlm();
  try {
    const bench = await createBenchEnvironment("firsttoken", { OPENAI_API_KEY: "bench-key", OPENAI_BASE_URL: `${llm.url}/v1` });
    try {
      // src/server/env.ts reads process.env once, at import: every src module is imported after this.
      Object.assign(process.env, bench.env);
      return await measure();
    } finally {
      await bench.dispose();
    }
  } finally {
    llm.child.kill();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

// Escalation committed -> its parent message's chat.postMessage reaching Slack. The bars: p99 <=
// 150 ms, and zero 429s from a fake Slack that enforces one message per second per channel while
// 20 escalations a second arrive across 50 channels. The real stack: a throwaway database and
// Redis prefix, the Slack connection made through the manual-connect use-case, one team per
// channel with a keyword routing rule each (conversation i mentions keyword i mod 50, so
// escalations spread over the channels as routing spreads them), requestHandoff called at a steady
// rate in this process, and the real BullMQ workers in a child process (support/job-workers.ts),
// as the web and worker processes run in production. Every escalation also sends its transcript
// into the thread about a second after the parent: the per-channel pacing has to keep both under
// Slack's limit without ever making a new escalation wait behind a transcript.
// Prints a readable summary and, last, one JSON line; exits 0 when every escalation reached Slack.
//
//   npx tsx bench/escalation-to-slack.ts [--channels 50] [--rate 20] [--seconds 20] [--warmup 20]
//
// Two latencies per escalation: from Handoff.createdAt (stamped by Prisma in this process as it
// builds the INSERT, so just before the commit: the bar's "escalation committed") and, stricter,
// from just before requestHandoff was called (context, brief and transaction included). The fake
// Slack runs in this process and stamps a call when its body has been read: a busy event loop
// here can only make the figures worse, not better.
import { fork, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { startFakeSlack, type FakeSlack, type SlackCall } from "../test/fakes/slack-server";
import { createBenchEnvironment } from "./support/bench-database";
import { escalateAtRate } from "./support/open-loop";
import { distribution, type Distribution } from "./support/stats";

const { values } = parseArgs({
  options: {
    channels: { type: "string", default: "50" },
    rate: { type: "string", default: "20" },
    seconds: { type: "string", default: "20" },
    warmup: { type: "string", default: "20" },
  },
});
const CHANNELS = Number(values.channels);
const RATE = Number(values.rate);
const ESCALATIONS = Math.round(RATE * Number(values.seconds));
const WARMUP = Number(values.warmup);
const WARMUP_RATE = 5;
// After the last escalation, how long its parent and transcript may take before counting as missing.
const COLLECT_TIMEOUT_MS = 15_000;
// Pacing keys of the warm-up's channels expire and transcripts finish within this.
const AFTER_WARMUP_MS = 3_000;

const log = (line: string) => console.error(`[escalation-to-slack] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first chat.postMessage of each conversation's parent (top-level, its blocks name the conversation). */
function firstParentCalls(calls: SlackCall[], conversationIds: Set<string>): Map<string, SlackCall> {
  const found = new Map<string, SlackCall>();
  for (const call of calls) {
    if (call.method !== "chat.postMessage" || call.args.thread_ts) continue;
    const blocks = JSON.stringify(call.args.blocks ?? "");
    const id = /[?&]c=([a-z0-9]+)/i.exec(decodeURIComponent(blocks))?.[1];
    if (id && conversationIds.has(id) && !found.has(id)) found.set(id, call);
  }
  return found;
}

async function waitUntil(probe: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return true;
    await sleep(100);
  }
  return probe();
}

function startWorkerProcess(): Promise<ChildProcess> {
  const child = fork(new URL("./support/job-workers.ts", import.meta.url).pathname, { stdio: ["ignore", "inherit", "inherit", "ipc"], env: process.env });
  return new Promise((resolve, reject) => {
    child.once("message", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`the worker process exited (${code}) before it was ready`)));
  });
}

async function measure(fake: FakeSlack): Promise<number> {
  const { requestHandoff } = await import("@/features/handoff/request-handoff");
  const { db } = await import("@/server/db");
  const { getRedis } = await import("@/server/redis");
  const { closeQueues, getQueue } = await import("@/jobs/queues");
  const seed = await import("./support/escalation-seed");
  const slackSeed = await import("./support/slack-seed");

  let workers: ChildProcess | null = null;
  try {
    let t = Date.now();
    const workspace = fake.addWorkspace("T0BENCH", "Bench Slack");
    const { organizationId, agents } = await seed.seedAgents(1);
    await slackSeed.seedSlackRouting({ organizationId, userId: agents[0]!.userId, botToken: workspace.botToken, channels: CHANNELS });
    const inbox = await seed.seedWidgetInbox(organizationId);
    const visitors = await seed.seedVisitors(inbox.publicKey, WARMUP + ESCALATIONS);
    const seeded = await slackSeed.seedTopicConversations(organizationId, inbox.id, visitors, CHANNELS);
    const [warmupIds, conversationIds] = [seeded.slice(0, WARMUP), seeded.slice(WARMUP)];
    log(`${CHANNELS} channels, teams and routing rules, ${seeded.length} conversations in ${Date.now() - t} ms`);

    t = Date.now();
    workers = await startWorkerProcess();
    // The visitors' first messages queued conversation events (and bot replies): let them drain.
    const drained = await waitUntil(async () => {
      const counts = await getQueue("default").getJobCounts("wait", "active", "prioritized");
      return (counts.wait ?? 0) + (counts.active ?? 0) + (counts.prioritized ?? 0) === 0;
    }, 60_000);
    log(`worker process ready, queue ${drained ? "drained" : "NOT drained"} in ${Date.now() - t} ms`);

    const escalate = (conversationId: string) => requestHandoff({ organizationId, conversationId, reasons: [{ code: "explicit_request" }] });
    if (warmupIds.length > 0) {
      log(`warm-up: ${warmupIds.length} escalations at ${WARMUP_RATE}/s, not counted`);
      await escalateAtRate(warmupIds, WARMUP_RATE, escalate);
      await sleep(AFTER_WARMUP_MS);
    }

    const rateLimitedBefore = fake.rateLimited;
    const callsBefore = fake.calls.length;
    log(`escalating ${conversationIds.length} conversations at ${RATE}/s over ${CHANNELS} channels...`);
    const cpuBefore = process.cpuUsage();
    const escalations = await escalateAtRate(conversationIds, RATE, escalate);
    const cpu = process.cpuUsage(cpuBefore);
    const ids = new Set(conversationIds);
    // Every parent, and a transcript in every thread: the whole load, not only the part measured.
    await waitUntil(() => {
      const parents = firstParentCalls(fake.calls.slice(callsBefore), ids);
      const threads = new Set(fake.messages.filter((message) => message.thread_ts).map((message) => message.thread_ts));
      const parentMessages = fake.parents().filter((message) => /[?&]c=([a-z0-9]+)/i.test(decodeURIComponent(JSON.stringify(message.blocks ?? ""))));
      return parents.size === ids.size && parentMessages.every((message) => threads.has(message.ts));
    }, COLLECT_TIMEOUT_MS);

    const calls = fake.calls.slice(callsBefore);
    const parents = firstParentCalls(calls, ids);
    const handoffs = await db.handoff.findMany({ where: { organizationId, conversationId: { in: conversationIds } }, select: { conversationId: true, createdAt: true } });
    const createdAt = new Map(handoffs.map((handoff) => [handoff.conversationId, handoff.createdAt.getTime()]));
    const fromCall: number[] = [];
    const fromCreated: number[] = [];
    for (const escalation of escalations) {
      const parent = parents.get(escalation.conversationId);
      const created = createdAt.get(escalation.conversationId);
      if (!parent) continue;
      fromCall.push(parent.at - escalation.calledAt);
      if (created !== undefined) fromCreated.push(parent.at - created);
    }
    const posts = calls.filter((call) => call.method === "chat.postMessage");
    const threadPosts = posts.filter((call) => call.args.thread_ts && call.status === 200).length;
    const rateLimited = fake.rateLimited - rateLimitedBefore;
    const failed = escalations.filter((escalation) => escalation.error);
    const missing = conversationIds.length - parents.size;
    const figures = {
      fromCreated: distribution(fromCreated),
      fromCall: distribution(fromCall),
      requestHandoff: distribution(escalations.map((escalation) => escalation.returnedAt - escalation.calledAt)),
      schedulerLate: distribution(escalations.map((escalation) => escalation.lateMs)),
    };
    const spacing = minimumSpacing(posts.filter((call) => call.status === 200));

    const row = (label: string, d: Distribution) => `  ${label.padEnd(46)} ${[d.p50, d.p90, d.p99, d.max].map((v) => String(v).padStart(8)).join("")}  (n=${d.count})`;
    console.log(`Escalation -> Slack: ${escalations.length} escalations at ${RATE}/s over ${CHANNELS} channels (parent + transcript each)`);
    console.log(`  ${"ms".padEnd(46)} ${["p50", "p90", "p99", "max"].map((v) => v.padStart(8)).join("")}`);
    console.log(row("Handoff.createdAt -> parent chat.postMessage (bar)", figures.fromCreated));
    console.log(row("call requestHandoff -> parent chat.postMessage", figures.fromCall));
    console.log(row("requestHandoff duration", figures.requestHandoff));
    console.log(row("escalation started late by (scheduler)", figures.schedulerLate));
    console.log(`  429s from the fake: ${rateLimited}; thread posts delivered: ${threadPosts}; closest two posts in one channel: ${spacing} ms`);
    console.log(`  missing parents: ${missing}, failed escalations: ${failed.length}${failed[0] ? ` (first: ${failed[0].error})` : ""}`);
    console.log(`  web process CPU per escalation: ${((cpu.user + cpu.system) / 1000 / escalations.length).toFixed(1)} ms (handoff, and the fake Slack answering)`);
    const { p50, p90, p99, max } = figures.fromCreated;
    console.log(
      JSON.stringify({
        name: "escalation_to_slack_p99_ms",
        value: p99,
        p50,
        p90,
        max,
        from_call: { p50: figures.fromCall.p50, p90: figures.fromCall.p90, p99: figures.fromCall.p99, max: figures.fromCall.max },
        slack_429_count: rateLimited,
        thread_posts: threadPosts,
        min_channel_spacing_ms: spacing,
        channels: CHANNELS,
        escalations: escalations.length,
        rate_per_s: RATE,
        warmup: warmupIds.length,
        missing,
        failed: failed.length,
        load_average_1m: Number((loadavg()[0] ?? 0).toFixed(2)),
      }),
    );
    return missing === 0 && failed.length === 0 ? 0 : 1;
  } finally {
    if (workers?.connected) {
      const exited = new Promise((resolve) => workers!.once("exit", resolve));
      workers.send({ type: "close" });
      await Promise.race([exited, sleep(10_000)]);
    }
    workers?.kill();
    await closeQueues();
    await Promise.allSettled([getRedis().quit(), db.$disconnect()]);
  }
}

/** The smallest gap between two answered posts in one channel, as the fake saw them (Slack's limit: about 1,000). */
function minimumSpacing(posts: SlackCall[]): number | null {
  const last = new Map<string, number>();
  let min: number | null = null;
  for (const post of posts) {
    const channel = String(post.args.channel);
    const previous = last.get(channel);
    if (previous !== undefined) min = Math.min(min ?? Infinity, post.at - previous);
    last.set(channel, post.at);
  }
  return min;
}

async function main(): Promise<number> {
  const fake = await startFakeSlack();
  const bench = await createBenchEnvironment("slack", { SLACK_API_URL: fake.url });
  try {
    // src/server/env.ts reads process.env once, at import: every src module is imported after this.
    Object.assign(process.env, bench.env);
    return await measure(fake);
  } finally {
    await fake.close();
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

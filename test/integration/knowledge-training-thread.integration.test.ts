// The `knowledge.train` job trains in a worker thread: a knowledge base big enough to take a while
// (100 entries x 10 phrasings) trains through the real BullMQ worker inside this process (as with
// RUN_WORKER_IN_WEB=true) while the event loop keeps ticking, and the stored model then answers
// visitors. The same training on the main thread is measured too, so the measure can fail.
import { randomUUID } from "node:crypto";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as messagesRoute from "@/app/api/widget/messages/route";
import { importKnowledge } from "@/features/knowledge/import-knowledge";
import { clearKnowledgeMemory, storedModelVersion, trainFromRows } from "@/features/knowledge/knowledge-model-cache";
import { findEnabledEntries, getKnowledgeVersion } from "@/features/knowledge/knowledge.repository";
import { trainInThread } from "@/features/responder/embedded/train-in-thread";
import { getQueue } from "@/jobs/queues";
import type { RunningWorkers } from "@/jobs/worker";
import { drainBackground } from "@/server/background";
import { db } from "@/server/db";
import { signUpOwner } from "../support/accounts";
import { call } from "../support/routes";
import { bearer, createWidgetInbox, startVisitor } from "../support/widget";

// 25 products x 4 questions = 100 entries, each with a title and 9 example questions.
const PRODUCTS = [
  "candles", "bicycles", "umbrellas", "backpacks", "sunglasses", "headphones", "blankets", "teapots", "wallets", "scarves",
  "gloves", "kettles", "lanterns", "notebooks", "pillows", "rugs", "sandals", "tents", "thermoses", "towels",
  "vases", "watches", "mirrors", "hammocks", "jackets",
];
const TOPICS: Array<{ title: (p: string) => string; questions: (p: string) => string[]; answer: (p: string) => string }> = [
  {
    title: (p) => `How much do your ${p} cost?`,
    questions: (p) => [`price of ${p}`, `what do ${p} cost`, `are your ${p} expensive`, `${p} pricing`, `how much are the ${p}`, `cheapest ${p} you have`, `${p} price range`, `what would I pay for ${p}`, `cost of a pair of ${p}`],
    answer: (p) => `Our ${p} start at $19.`,
  },
  {
    title: (p) => `Is there a warranty on ${p}?`,
    questions: (p) => [`${p} guarantee`, `what if my ${p} break`, `warranty for ${p}`, `are ${p} covered if they fail`, `${p} defective, what now`, `how long are ${p} guaranteed`, `repair of broken ${p}`, `my ${p} stopped working`, `${p} warranty period`],
    answer: (p) => `Two years of warranty on ${p}.`,
  },
  {
    title: (p) => `Which colours do ${p} come in?`,
    questions: (p) => [`${p} colors`, `do you have red ${p}`, `colour options for ${p}`, `are ${p} available in black`, `${p} in blue`, `what shades of ${p}`, `can I get green ${p}`, `${p} colour choice`, `white ${p} available`],
    answer: (p) => `Our ${p} come in black, white and navy.`,
  },
  {
    title: (p) => `Are ${p} in stock?`,
    questions: (p) => [`${p} availability`, `can I buy ${p} now`, `${p} sold out`, `when will ${p} be back`, `do you have ${p} available`, `${p} restock date`, `are there any ${p} left`, `out of stock ${p}`, `order ${p} today`],
    answer: (p) => `Yes, all ${p} ship from stock.`,
  },
];
const ENTRIES = PRODUCTS.flatMap((product) =>
  TOPICS.map((topic) => ({ title: topic.title(product), exampleQuestions: topic.questions(product), answer: topic.answer(product) })),
);

// A 10 ms interval; the lag is how much later than due a tick came, at worst.
const TICK_MS = 10;
const MAX_LAG_MS = 200;

function watchEventLoop() {
  const histogram = monitorEventLoopDelay({ resolution: TICK_MS });
  histogram.enable();
  let last = performance.now();
  let maxLag = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxLag = Math.max(maxLag, now - last - TICK_MS);
    last = now;
  }, TICK_MS);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 3 * TICK_MS)); // a last tick after any block
    clearInterval(timer);
    histogram.disable();
    return { maxLagMs: Math.round(maxLag), maxDelayMs: Math.round(histogram.max / 1e6), p99DelayMs: Math.round(histogram.percentile(99) / 1e6) };
  };
}

let organizationId: string;
let publicKey: string;
let workers: RunningWorkers | undefined;

beforeAll(async () => {
  const owner = await signUpOwner("kb-thread", "Thread Store");
  organizationId = owner.organizationId;
  publicKey = (await createWidgetInbox(organizationId)).publicKey;
  const content = ENTRIES.map((entry) => JSON.stringify(entry)).join("\n");
  await importKnowledge({ organizationId, actorId: owner.userId, input: { format: "jsonl", content, mode: "replace" } });
  clearKnowledgeMemory();
});

afterAll(async () => {
  await workers?.close();
});

async function ask(text: string) {
  const visitor = await startVisitor(publicKey);
  const sent = await call(messagesRoute.POST, "POST", "/", { headers: bearer(visitor.token), body: { clientId: randomUUID(), text } });
  expect(sent.status).toBeLessThan(300);
  await drainBackground();
  const bot = await db.message.findFirstOrThrow({ where: { conversationId: sent.body.message.conversationId, role: "BOT" } });
  return { body: bot.body, responder: (bot.metadata as { responder: string }).responder };
}

describe("knowledge training in a worker thread", () => {
  it("the job trains a large knowledge base while the event loop keeps ticking", async () => {
    const version = await getKnowledgeVersion(db, { organizationId });
    const jobId = `knowledge-train-${organizationId}-${version.replace(/[^A-Za-z0-9_-]/g, "_")}`;
    expect((await getQueue("default").getJob(jobId))?.name).toBe("knowledge.train");

    const stop = watchEventLoop();
    const started = performance.now();
    const { startWorkers } = await import("@/jobs/worker");
    workers = startWorkers();
    const deadline = Date.now() + 240_000;
    while ((await storedModelVersion(organizationId)) !== version && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const trainedInMs = Math.round(performance.now() - started);
    const lag = await stop();
    await workers.close();
    workers = undefined;

    const job = await getQueue("default").getJob(jobId);
    expect(job?.returnvalue).toEqual(expect.objectContaining({ trained: true, version, entries: ENTRIES.length }));
    console.info(`thread: job done in ${trainedInMs} ms (training ${job?.returnvalue.ms} ms); event loop ${JSON.stringify(lag)}`);
    expect(lag.maxLagMs).toBeLessThan(MAX_LAG_MS);
    expect(lag.maxDelayMs).toBeLessThan(MAX_LAG_MS);
  }, 300_000);

  it("the model from the thread answers visitors", async () => {
    clearKnowledgeMemory();
    const price = await ask("what would a teapot set me back?");
    expect(price).toEqual({ responder: "embedded", body: "Our teapots start at $19." });
    const broken = await ask("my headphones broke after a month");
    expect(broken).toEqual({ responder: "embedded", body: "Two years of warranty on headphones." });
    const colour = await ask("do the hammocks come in navy?");
    expect(colour).toEqual({ responder: "embedded", body: "Our hammocks come in black, white and navy." });
  });

  it("the same training on the main thread freezes the event loop (so the measure above can fail)", async () => {
    const rows = await findEnabledEntries(db, { organizationId });
    const stop = watchEventLoop();
    await new Promise((resolve) => setTimeout(resolve, 3 * TICK_MS)); // let the watch tick first
    const started = performance.now();
    trainFromRows(rows, "main-thread");
    const trainedInMs = Math.round(performance.now() - started);
    const lag = await stop();
    console.info(`main thread: training ${trainedInMs} ms; event loop ${JSON.stringify(lag)}`);
    expect(lag.maxLagMs).toBeGreaterThan(MAX_LAG_MS);
  }, 300_000);

  it("an error in the thread rejects, so the job retries", async () => {
    await expect(trainInThread({ entries: null as unknown as [] })).rejects.toThrow();
  }, 60_000);
});

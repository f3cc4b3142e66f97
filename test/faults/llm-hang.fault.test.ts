// The LLM hangs (OPENAI_BASE_URL points at the fake OpenAI server, which never answers, or stops
// in the middle of its stream): the visitor still gets the bot's fallback, with the offer of a
// human, within OPENAI_TIMEOUT_MS.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "../fakes/openai-server";
import { createWidgetInbox, signUpOwner, startVisitor, visitorSays, type WidgetMessage } from "./support/baton-client";
import { startWeb, type BatonProcess } from "./support/baton-process";
import { startPostgres, type PostgresInstance } from "./support/postgres-instance";
import { startRedis, type RedisInstance } from "./support/redis-instance";
import { openWidgetClient } from "./support/widget-clients";
import { until } from "./support/ports";

const TIMEOUT_MS = 3_000;
/** Request, timer and publish overhead on a loaded machine, on top of the configured timeout. */
const MARGIN_MS = 2_500;

let postgres: PostgresInstance;
let redis: RedisInstance;
let openai: FakeOpenAI;
let web: BatonProcess;
let publicKey: string;

beforeAll(async () => {
  [postgres, redis, openai] = await Promise.all([startPostgres(), startRedis(), startFakeOpenAI()]);
  web = await startWeb({
    databaseUrl: postgres.url,
    redisUrl: redis.url,
    env: { OPENAI_API_KEY: "sk-fault-test", OPENAI_BASE_URL: `${openai.url}/v1`, OPENAI_TIMEOUT_MS: String(TIMEOUT_MS) },
  });
  const owner = await signUpOwner(web.url, "llmhang");
  publicKey = (await createWidgetInbox(web.url, owner)).publicKey;
  // One answered question first: the first answer of a fresh process also loads the workspace's
  // knowledge and code paths, which is not what is measured here.
  const warm = await startVisitor(web.url, publicKey);
  const widget = await openWidgetClient(web.url, warm, { resync: false });
  await visitorSays(web.url, warm, "Hello?");
  await until("the warm-up answer", () => widget.socketReceipts.find((message) => message.role === "bot"), 120_000, 50);
  widget.socket.disconnect();
});

afterAll(async () => {
  await web?.kill();
  await Promise.allSettled([postgres?.dispose(), redis?.stop(), openai?.close()]);
});

const HANGS = {
  "before answering": { delayMs: 10 * 60_000 },
  "in the middle of its stream": { stallAfterPieces: 3, content: JSON.stringify({ answer: "Our returns window is thirty days and", confidence: 0.9, intent: "returns", sources: [] }) },
} as const;

describe.each(Object.keys(HANGS) as Array<keyof typeof HANGS>)("the LLM hanging %s", (hang) => {
  it(`the visitor gets the fallback within OPENAI_TIMEOUT_MS (${TIMEOUT_MS} ms)`, async () => {
    openai.setResponder(() => HANGS[hang]);
    const visitor = await startVisitor(web.url, publicKey);
    const widget = await openWidgetClient(web.url, visitor, { resync: false });
    await visitorSays(web.url, visitor, "What is your returns policy?");
    // From the moment Baton accepted the message (the bot starts right after the response).
    const sentAt = Date.now();
    const fallback = await until("the bot's fallback", () => widget.socketReceipts.find((message: WidgetMessage & { offerHuman?: boolean }) => message.role === "bot"), TIMEOUT_MS + MARGIN_MS + 20_000, 20);
    const elapsed = Date.now() - sentAt;
    widget.socket.disconnect();
    console.log(`[faults] llm hanging ${hang}: fallback after ${elapsed} ms (timeout ${TIMEOUT_MS} ms)`);
    expect(openai.requests.some((request) => request.path === "/v1/chat/completions")).toBe(true);
    expect(fallback.body).toMatch(/trouble answering/i);
    expect((fallback as WidgetMessage & { offerHuman?: boolean }).offerHuman).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 500);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
  });
});

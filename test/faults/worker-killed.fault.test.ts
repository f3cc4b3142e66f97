// The worker is SIGKILLed while it waits for Slack's answer to an escalation's parent message. A new
// worker picks the stalled job up (BullMQ's stalled-job check, after the dead worker's lock expires)
// and Slack gets the message once: the delivery row is still PENDING, so the retry posts it and
// marks it SENT with the ts; the dead worker's call never completed on Slack's side.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSlack, type FakeSlack } from "../fakes/slack-server";
import { startWeb, startWorker, type BatonProcess, type Infra } from "./support/baton-process";
import { query } from "./support/database";
import { until } from "./support/ports";
import { startPostgres, type PostgresInstance } from "./support/postgres-instance";
import { startRedis, type RedisInstance } from "./support/redis-instance";
import { connectSlackWorkspace, escalate } from "./support/slack-workspace";

let postgres: PostgresInstance;
let redis: RedisInstance;
let fake: FakeSlack;
let infra: Infra;
let web: BatonProcess;
const workers: BatonProcess[] = [];

beforeAll(async () => {
  [postgres, redis, fake] = await Promise.all([startPostgres(), startRedis(), startFakeSlack()]);
  infra = { databaseUrl: postgres.url, redisUrl: redis.url, env: { SLACK_API_URL: fake.url } };
  web = await startWeb(infra);
  workers.push(await startWorker(infra));
});

afterAll(async () => {
  await Promise.allSettled([web?.kill(), ...workers.map((worker) => worker.kill("SIGKILL"))]);
  await Promise.allSettled([postgres?.dispose(), redis?.stop(), fake?.close()]);
});

const parentsOf = (channel: string, conversationId: string) => fake.parents(channel).filter((message) => JSON.stringify(message.blocks ?? []).includes(conversationId));

describe("the worker killed in the middle of a Slack post", () => {
  it("a new worker retries the job and Slack receives the parent message once", async () => {
    const ws = await connectSlackWorkspace(web.url, fake, "workerkill");
    // Slack sits on the first parent post (well inside the client's own 10 s timeout).
    fake.holdNext("chat.postMessage", 8_000);
    const visitor = await escalate(web.url, ws.publicKey);
    // The held call is recorded on arrival; it is the parent (the first post of this workspace).
    await until("the worker is waiting for Slack", () => fake.callsTo("chat.postMessage").some((call) => JSON.stringify(call.args.blocks ?? []).includes(visitor.conversationId)), 30_000);
    await workers[0]!.kill("SIGKILL");
    const killedAt = Date.now();
    const [pending] = await query(postgres.url, `SELECT status FROM "HandoffDelivery" WHERE "organizationId" = $1`, [ws.owner.organizationId]);
    expect(pending?.status).toBe("PENDING");

    workers.push(await startWorker(infra));
    // The dead worker's lock lasts 30 s and the stalled check runs every 30 s: allow for both.
    const [parent] = await until("the parent message is posted again", () => {
      const found = parentsOf(ws.channel, visitor.conversationId);
      return found.length > 0 ? found : null;
    }, 150_000, 200);
    console.log(`[faults] worker: parent posted ${Date.now() - killedAt} ms after the worker was killed`);
    // Whatever else runs now (transcript, thread flush) must not post the parent again.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(parentsOf(ws.channel, visitor.conversationId)).toHaveLength(1);
    expect(fake.callsTo("chat.postMessage").filter((call) => call.error === "client_gone")).toHaveLength(1);
    const rows = await query(postgres.url, `SELECT status, "externalId" FROM "HandoffDelivery" WHERE "organizationId" = $1`, [ws.owner.organizationId]);
    expect(rows).toEqual([{ status: "SENT", externalId: parent!.ts }]);
    // The transcript still follows in the thread, once.
    await until("the transcript is in the thread", () => fake.replies(parent!.ts).some((message) => message.text.includes("arrived broken")), 30_000);
    expect(fake.replies(parent!.ts).filter((message) => message.text.includes("arrived broken"))).toHaveLength(1);
  });
});

// An agent replies while Redis is down: the reply is stored and acknowledged, and its conversation
// event (which carries the Slack and WhatsApp copies and the webhooks) is parked in Postgres
// instead of dropped, then queued once Redis answers again. A real redis-server of this test's
// own, killed and restarted on the same port, not a mock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRedis, type RedisInstance } from "../faults/support/redis-instance";

let redis: RedisInstance;
let app: {
  accounts: typeof import("../support/accounts");
  widget: typeof import("../support/widget");
  inbox: typeof import("../support/inbox");
  db: typeof import("@/server/db");
  parked: typeof import("@/jobs/parked-jobs");
  queues: typeof import("@/jobs/queues");
};

beforeAll(async () => {
  redis = await startRedis();
  // Before the app modules read the env: every Redis client of this file talks to this instance.
  process.env.REDIS_URL = redis.url;
  app = {
    accounts: await import("../support/accounts"),
    widget: await import("../support/widget"),
    inbox: await import("../support/inbox"),
    db: await import("@/server/db"),
    parked: await import("@/jobs/parked-jobs"),
    queues: await import("@/jobs/queues"),
  };
});

afterAll(async () => {
  await app.queues.closeQueues().catch(() => undefined);
  await redis.stop();
});

async function queuedEventFor(messageId: string) {
  const jobs = await app.queues.getQueue("default").getJobs(["waiting", "prioritized", "delayed", "active", "completed"]);
  return jobs.filter((job) => job.name === "conversation.event" && (job.data as { messageId?: string }).messageId === messageId);
}

describe("an agent reply with Redis down", () => {
  it("is stored once, and its Slack/WhatsApp/webhook event is parked, then queued when Redis is back", async () => {
    const owner = await app.accounts.signUpOwner("redis-down", "Redis Down Store");
    const { publicKey } = await app.widget.createWidgetInbox(owner.organizationId);
    const visitor = await app.inbox.escalatedVisitor(publicKey, "My parcel never arrived");
    expect((await app.inbox.claim(owner.cookie, visitor.conversationId)).status).toBe(200);

    await redis.kill();
    const clientId = crypto.randomUUID();
    const reply = await app.inbox.agentSays(owner.cookie, visitor.conversationId, "I have sent a new parcel today.", { clientId });
    expect(reply.status).toBe(201);
    const messageId = reply.body.message.id as string;
    // The agent's client retries (it saw a slow answer): the same message, nothing parked twice.
    const retry = await app.inbox.agentSays(owner.cookie, visitor.conversationId, "I have sent a new parcel today.", { clientId });
    expect(retry.status).toBe(200);
    expect(retry.body.message.id).toBe(messageId);
    expect(await app.db.db.message.count({ where: { conversationId: visitor.conversationId, role: "AGENT" } })).toBe(1);

    const parked = await app.db.db.parkedJob.findMany({ where: { organizationId: owner.organizationId } });
    expect(parked).toEqual([expect.objectContaining({ name: "conversation.event", payload: expect.objectContaining({ type: "message.created", messageId }) })]);
    // While Redis is down, releasing fails and keeps the job.
    await expect(app.parked.releaseParkedJobs()).rejects.toThrow();
    expect(await app.db.db.parkedJob.count({ where: { organizationId: owner.organizationId } })).toBe(1);

    await redis.start();
    // The clients reconnect on their own; the worker's loop calls this every few seconds.
    await expect.poll(() => app.parked.releaseParkedJobs().catch(() => -1), { timeout: 15_000, interval: 250 }).toBeGreaterThanOrEqual(1);
    expect(await app.db.db.parkedJob.count({ where: { organizationId: owner.organizationId } })).toBe(0);
    expect(await queuedEventFor(messageId)).toHaveLength(1);
  });
});

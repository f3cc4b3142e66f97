// Redis killed and restarted on the same port under 1,000 connected widgets. Realtime events cross
// Redis (emitter -> adapter), so while it is gone nothing reaches a socket; afterwards >= 99% of the
// visitors must be connected again within 10 s, and agent messages sent just before the kill, while
// Redis is down (retried until accepted) and just after the restart reach each visitor exactly
// once, in order (live over the socket or by the widget's `after=<seq>` catch-up on reconnect).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWeb, type BatonProcess } from "./support/baton-process";
import { agentSays, createWidgetInbox, mapLimit, signUpOwner, startVisitor, visitorSays, type Owner, type Visitor } from "./support/baton-client";
import { sleep, until } from "./support/ports";
import { startPostgres, type PostgresInstance } from "./support/postgres-instance";
import { startRedis, type RedisInstance } from "./support/redis-instance";
import { openWidgetClient, type WidgetClient } from "./support/widget-clients";

const VISITORS = Number(process.env.FAULT_VISITORS ?? 1_000);
/** Visitors with a conversation an agent writes to (each costs a few requests to set up). */
const CONVERSATIONS = Math.min(VISITORS, Number(process.env.FAULT_CONVERSATIONS ?? 100));

let postgres: PostgresInstance;
let redis: RedisInstance;
let web: BatonProcess;
let owner: Owner;
let clients: WidgetClient[] = [];

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  web = await startWeb({ databaseUrl: postgres.url, redisUrl: redis.url }, { env: { LOG_LEVEL: "warn" } });
  owner = await signUpOwner(web.url, "redisfault");
  const inbox = await createWidgetInbox(web.url, owner);
  const visitors: Visitor[] = await mapLimit(Array.from({ length: VISITORS }), 8, () => startVisitor(web.url, inbox.publicKey));
  // The first CONVERSATIONS visitors write; the agent answers each once (taking it from the bot).
  await mapLimit(visitors.slice(0, CONVERSATIONS), 8, async (visitor) => {
    await visitorSays(web.url, visitor, "Hi, I need help with order 1234");
    await agentSays(web.url, owner, visitor.conversationId!, "Hello, I'm here");
  });
  clients = await mapLimit(visitors, 50, (visitor, index) => openWidgetClient(web.url, visitor, { resync: index < CONVERSATIONS }));
}, 600_000);

afterAll(async () => {
  for (const client of clients) client.socket.disconnect();
  await web?.kill();
  await Promise.allSettled([postgres?.dispose(), redis?.stop()]);
});

const agentBodies = (client: WidgetClient, prefix: string) => [...client.view.values()].filter((message) => message.role === "agent" && message.body.startsWith(prefix));

describe(`Redis restarted with ${VISITORS} visitors connected`, () => {
  it(">= 99% are connected again within 10 s; messages sent before, during and after reach each visitor once, in order", async () => {
    const writing = clients.slice(0, CONVERSATIONS);
    expect(clients.filter((client) => client.socket.connected)).toHaveLength(VISITORS);

    // Just before: one agent message per conversation; Redis dies the moment the last is accepted.
    await mapLimit(writing, 8, (client, index) => agentSays(web.url, owner, client.visitor.conversationId!, `before ${index}`));
    await redis.kill();
    const killedAt = Date.now();
    // While it is down the agent keeps writing; the inbox retries each reply (same clientId) until
    // it is accepted. A reply stored before its publish failed is answered 200 on the retry and
    // never published: only a resync brings it to a socket that stayed open.
    const during = mapLimit(writing, 8, (client, index) => agentSays(web.url, owner, client.visitor.conversationId!, `during ${index}`, 400));
    await sleep(2_000);
    await redis.start();
    const restartedAt = Date.now();
    await during;
    // Just after: as soon as Redis answers again.
    // (Retried like the inbox does while the web process's own Redis connections come back.)
    await mapLimit(writing, 8, (client, index) => agentSays(web.url, owner, client.visitor.conversationId!, `after ${index}`, 40));
    const afterSentAt = Date.now();

    // Connected again: every socket that dropped must be back; at most 1% may still be missing after 10 s.
    await sleep(Math.max(0, restartedAt + 10_000 - Date.now()));
    const connected = clients.filter((client) => client.socket.connected).length;
    const dropped = clients.filter((client) => client.disconnectedAt !== null && client.disconnectedAt >= killedAt - 100);
    const reconnectMs = dropped.filter((client) => client.reconnectedAt).map((client) => client.reconnectedAt! - restartedAt).sort((a, b) => a - b);
    const p99 = reconnectMs[Math.max(0, Math.ceil(reconnectMs.length * 0.99) - 1)] ?? 0;
    console.log(`[faults] redis: ${connected}/${VISITORS} connected 10 s after the restart; ${dropped.length} dropped, ${reconnectMs.length} reconnected, p99 ${p99} ms after Redis was back; "after" messages sent in ${afterSentAt - restartedAt} ms`);
    expect(connected / VISITORS).toBeGreaterThanOrEqual(0.99);

    // Each writing visitor ends up with "before i" and "after i" exactly once, before < after.
    const incomplete = () => writing.filter((client, index) => ["before", "during", "after"].some((when) => agentBodies(client, `${when} ${index}`).length !== 1));
    await until("every visitor has both messages", () => incomplete().length === 0, 20_000, 200).catch(() => undefined);
    const missing = incomplete();
    expect(missing.length, `visitors missing a message: ${missing.slice(0, 5).map((client) => JSON.stringify([...client.view.values()].map((m) => `${m.seq}:${m.body}`))).join("; ")}`).toBe(0);
    writing.forEach((client, index) => {
      const [before, during, after] = ["before", "during", "after"].map((when) => agentBodies(client, `${when} ${index}`)[0]!);
      expect(before!.seq).toBeLessThan(during!.seq);
      expect(during!.seq).toBeLessThan(after!.seq);
      // Never twice over the socket either (the catch-up merges by seq, so a double would hide there).
      const ids = client.socketReceipts.map((message) => message.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
    const live = writing.filter((client, index) => client.socketReceipts.some((message) => message.body === `after ${index}`)).length;
    const duringLive = writing.filter((client, index) => client.socketReceipts.some((message) => message.body === `during ${index}`)).length;
    console.log(`[faults] redis: delivered live: "during" ${duringLive}/${writing.length}, "after" ${live}/${writing.length}; the rest by the catch-up`);
  });
});

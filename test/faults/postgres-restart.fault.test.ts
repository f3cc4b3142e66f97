// PostgreSQL goes away under a running web process and comes back: while it is down, requests that
// need it answer 503 with a clear body quickly (not a hang, not a 500) and /api/health names
// Postgres; after it is back, the same process serves again without a restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWeb, type BatonProcess } from "./support/baton-process";
import { createWidgetInbox, http, signUpOwner, startVisitor, visitorSays, type Owner, type Visitor } from "./support/baton-client";
import { until } from "./support/ports";
import { startPostgres, type PostgresInstance } from "./support/postgres-instance";
import { startRedis, type RedisInstance } from "./support/redis-instance";

let postgres: PostgresInstance;
let redis: RedisInstance;
let web: BatonProcess;
let owner: Owner;
let visitor: Visitor;

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  web = await startWeb({ databaseUrl: postgres.url, redisUrl: redis.url });
  owner = await signUpOwner(web.url, "pgfault");
  const inbox = await createWidgetInbox(web.url, owner);
  visitor = await startVisitor(web.url, inbox.publicKey);
  await visitorSays(web.url, visitor, "Hello, where is my parcel?");
});

afterAll(async () => {
  await web?.kill();
  await Promise.allSettled([postgres?.dispose(), redis?.stop()]);
});

// Requests of three kinds: a visitor's (token, then the database), an agent's (session cookie,
// looked up in the database) and a write.
const probes = () => [
  () => http(web.url, "GET", "/api/widget/messages?after=0", { token: visitor.token, ip: visitor.ip, timeoutMs: 15_000 }),
  () => http(web.url, "GET", "/api/inbox/conversations", { cookie: owner.cookie, timeoutMs: 15_000 }),
  () => http(web.url, "POST", "/api/widget/messages", { token: visitor.token, ip: visitor.ip, body: { clientId: crypto.randomUUID(), text: "still there?" }, timeoutMs: 15_000 }),
];

describe("PostgreSQL restarted under a running web process", () => {
  it("answers 503 with a clear body while it is down, names it in /api/health, and recovers by itself", async () => {
    for (const probe of probes()) expect((await probe()).status).toBeLessThan(300);
    const pid = web.child.pid;

    await postgres.stop();
    for (const probe of probes()) {
      const response = await probe();
      expect(response.status, JSON.stringify(response.body)).toBe(503);
      expect(response.body.error.code).toBe("UNAVAILABLE");
      expect(response.body.error.message).toMatch(/database/i);
      // Not a hang: the pool is refused at once, well under the client's patience.
      expect(response.ms).toBeLessThan(5_000);
    }
    const health = await http(web.url, "GET", "/api/health");
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ ok: false, postgres: "down", redis: "up" });

    await postgres.start();
    const startedAt = Date.now();
    await until("requests succeed again", async () => (await Promise.all(probes().map((probe) => probe()))).every((response) => response.status < 300), 30_000, 250);
    const recoveryMs = Date.now() - startedAt;
    console.log(`[faults] postgres: requests succeed again ${recoveryMs} ms after the server is back`);
    expect((await http(web.url, "GET", "/api/health")).body).toEqual({ ok: true, postgres: "up", redis: "up" });
    // The same process: nothing restarted it.
    expect(web.child.pid).toBe(pid);
    expect(web.child.exitCode).toBeNull();
  });
});

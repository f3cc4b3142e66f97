// Two web processes on one database and one Redis, as behind a load balancer without sticky
// sessions (websocket transport only, each request may land on either): a visitor connected to
// process A gets the reply an agent posted through process B, and the other way round.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentSays, createWidgetInbox, signUpOwner, startVisitor, visitorSays, type Owner } from "./support/baton-client";
import { startWeb, type BatonProcess } from "./support/baton-process";
import { until } from "./support/ports";
import { startPostgres, type PostgresInstance } from "./support/postgres-instance";
import { startRedis, type RedisInstance } from "./support/redis-instance";
import { openWidgetClient } from "./support/widget-clients";

let postgres: PostgresInstance;
let redis: RedisInstance;
let a: BatonProcess;
let b: BatonProcess;
let owner: Owner;
let publicKey: string;

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  const infra = { databaseUrl: postgres.url, redisUrl: redis.url };
  a = await startWeb(infra);
  b = await startWeb(infra);
  owner = await signUpOwner(a.url, "twoweb");
  publicKey = (await createWidgetInbox(b.url, owner)).publicKey;
});

afterAll(async () => {
  await Promise.allSettled([a?.kill(), b?.kill()]);
  await Promise.allSettled([postgres?.dispose(), redis?.stop()]);
});

describe("two web processes, websocket only, no sticky sessions", () => {
  it.each([
    ["A", "B"],
    ["B", "A"],
  ] as const)("a visitor on %s receives the reply an agent posted through %s", async (socketOn, postedThrough) => {
    const servers = { A: () => a, B: () => b };
    const socketServer = servers[socketOn]();
    const postServer = servers[postedThrough]();
    // The session from one process, the socket on the other: nothing is kept in a process's memory.
    const visitor = await startVisitor(postServer.url, publicKey);
    const widget = await openWidgetClient(socketServer.url, visitor, { resync: false });
    await visitorSays(postServer.url, visitor, "Is anyone there?");
    const text = `Yes, Ana here (via ${postedThrough})`;
    const sentAt = Date.now();
    const reply = await agentSays(postServer.url, owner, visitor.conversationId!, text);
    const received = await until("the reply on the other process's socket", () => widget.socketReceipts.find((message) => message.id === reply.id), 10_000, 10);
    console.log(`[faults] two web processes: reply posted through ${postedThrough} reached the socket on ${socketOn} in ${Date.now() - sentAt} ms`);
    expect(received).toMatchObject({ role: "agent", body: text, conversationId: visitor.conversationId });
    // Exactly once: not once per process.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(widget.socketReceipts.filter((message) => message.id === reply.id)).toHaveLength(1);
    widget.socket.disconnect();
  });
});

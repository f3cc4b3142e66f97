import { Redis, type RedisOptions } from "ioredis";
import { env } from "./env";
import { logger } from "./logger";

// BullMQ's production guide: producers fail fast so a Redis outage surfaces as an error on the
// request instead of a hung request; workers wait for Redis to come back.
// "commands" is the shared connection for rate limits and health checks: it may queue commands
// while it first connects, but gives up after one retry and two seconds rather than hang a request.
const OPTIONS: Record<ConnectionKind, RedisOptions> = {
  producer: { maxRetriesPerRequest: 1, enableOfflineQueue: false },
  commands: { maxRetriesPerRequest: 1, commandTimeout: 2_000 },
  worker: { maxRetriesPerRequest: null },
};

type ConnectionKind = "producer" | "commands" | "worker";

export function createRedis(kind: ConnectionKind, name: string): Redis {
  const redis = new Redis(env.REDIS_URL, { ...OPTIONS[kind], connectionName: `baton:${name}` });
  // ioredis reconnects by itself; without a listener each failed attempt is an "unhandled error".
  redis.on("error", (error) => logger.warn({ redis: name, err: error.message }, "redis connection error"));
  return redis;
}

const globalForRedis = globalThis as unknown as { batonRedis?: Redis };

/** The process's shared fail-fast connection for commands (rate limits, health, emitters). */
export function getRedis(): Redis {
  return (globalForRedis.batonRedis ??= createRedis("commands", "commands"));
}

export function redisKey(...parts: string[]): string {
  return [env.REDIS_PREFIX, ...parts].join(":");
}

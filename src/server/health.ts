import { db } from "./db";
import { getRedis } from "./redis";

export interface HealthReport {
  ok: boolean;
  postgres: "up" | "down";
  redis: "up" | "down";
}

// Each probe gets 2 s: a health check that hangs is worse than one that says "down".
const PROBE_TIMEOUT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error("timeout")), PROBE_TIMEOUT_MS).unref()),
  ]);
}

async function probe(check: () => Promise<unknown>): Promise<"up" | "down"> {
  try {
    await withTimeout(check());
    return "up";
  } catch {
    return "down";
  }
}

export async function checkHealth(): Promise<HealthReport> {
  const [postgres, redis] = await Promise.all([probe(() => db.$queryRaw`SELECT 1`), probe(() => getRedis().ping())]);
  return { ok: postgres === "up" && redis === "up", postgres, redis };
}

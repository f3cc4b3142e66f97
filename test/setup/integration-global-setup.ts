import { Redis } from "ioredis";
import type { TestProject } from "vitest/node";
import { createTestDatabase, dropTestDatabase } from "./test-database";
import { testEnv } from "./test-env";

declare module "vitest" {
  export interface ProvidedContext {
    testEnv: Record<string, string>;
  }
}

/** One database and one Redis key prefix per run, so runs never see each other's data. */
export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const base = testEnv();
  const databaseName = `baton_it_${runId}`;
  const databaseUrl = await createTestDatabase(base.DATABASE_URL!, databaseName);
  const prefix = `baton-it-${runId}`;
  project.provide("testEnv", { ...base, DATABASE_URL: databaseUrl, REDIS_PREFIX: prefix });

  return async () => {
    await dropTestDatabase(base.DATABASE_URL!, databaseName);
    const redis = new Redis(base.REDIS_URL!);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  };
}

// A throwaway database and Redis prefix per benchmark run, as the integration tests get
// (test/setup), with migration progress on stderr so stdout carries only figures.
import { Redis } from "ioredis";
import pg from "pg";
import { deployMigrations } from "../../scripts/db/engine";
import { testEnv, withDatabaseName } from "../../test/setup/test-env";

export interface BenchEnvironment {
  env: Record<string, string>;
  /** Drops the database and deletes every Redis key under the prefix. */
  dispose(): Promise<void>;
}

async function admin(baseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabaseName(baseUrl, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates and migrates `baton_bench_<label>_<run>`; the returned env goes into process.env before any src import. */
export async function createBenchEnvironment(label: string, overrides: Record<string, string> = {}): Promise<BenchEnvironment> {
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const base = testEnv({ LOG_LEVEL: "warn", ...overrides });
  const databaseName = `baton_bench_${label}_${runId}`;
  const databaseUrl = withDatabaseName(base.DATABASE_URL!, databaseName);
  const prefix = `baton-bench-${label}-${runId}`;
  await admin(base.DATABASE_URL!, `CREATE DATABASE "${databaseName}"`);
  try {
    await deployMigrations({ databaseUrl, log: (line) => console.error(line) });
  } catch (error) {
    await admin(base.DATABASE_URL!, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    throw error;
  }
  return {
    env: { ...base, DATABASE_URL: databaseUrl, REDIS_PREFIX: prefix },
    async dispose() {
      await admin(base.DATABASE_URL!, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
      const redis = new Redis(base.REDIS_URL!);
      try {
        // SCAN, not KEYS: a shared Redis keeps serving while the bench cleans up.
        for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 500 })) {
          if ((keys as string[]).length > 0) await redis.del(...(keys as string[]));
        }
      } finally {
        await redis.quit();
      }
    },
  };
}

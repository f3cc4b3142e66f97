// `npm run demo`: from a fresh clone to a running Baton with a demo workspace, in one command.
// Checks Postgres and Redis, applies migrations, seeds, builds once, and serves web + worker.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import { Redis } from "ioredis";
import pg from "pg";

if (!existsSync(".env")) {
  copyFileSync(".env.example", ".env");
  console.log("Created .env from .env.example (local defaults).");
}
process.loadEnvFile(".env");
process.env.RUN_WORKER_IN_WEB = "true";
Object.assign(process.env, { NODE_ENV: "production" });

const HOW_TO_START = "Start PostgreSQL and Redis with:  sudo bash scripts/services.sh";

function fail(message: string): never {
  console.error(`\n✗ ${message}\n  ${HOW_TO_START}\n  (or point DATABASE_URL / REDIS_URL in .env at running servers)`);
  process.exit(1);
}

async function checkPostgres(url: string) {
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const client = new pg.Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    fail(`PostgreSQL is not reachable at ${maintenance.host}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function checkRedis(url: string) {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 3_000, retryStrategy: () => null });
  redis.on("error", () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    fail(`Redis is not reachable at ${new URL(url).host}: ${(error as Error).message}`);
  } finally {
    redis.disconnect();
  }
}

await checkPostgres(process.env.DATABASE_URL ?? "");
await checkRedis(process.env.REDIS_URL ?? "");
console.log("✓ PostgreSQL and Redis are reachable");

const { deployMigrations } = await import("./db/engine");
const applied = await deployMigrations({ databaseUrl: process.env.DATABASE_URL! });
console.log(`✓ Migrations up to date (${applied.length} applied now)`);

const { seedDemo, DEMO_PASSWORD, DEMO_API_KEY } = await import("../prisma/seed-demo");
await seedDemo();
console.log("✓ Demo workspace ready");

if (!existsSync(".next/BUILD_ID") || !existsSync("public/widget.js") || process.argv.includes("--rebuild")) {
  console.log("Building the web app (first run only, about a minute)...");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { startWebServer } = await import("../src/server/main");
const server = await startWebServer();
const base = process.env.PUBLIC_URL ?? server.url;
console.log(`
Baton is running (web + worker in one process). Ctrl+C to stop.

  Dashboard   ${base}/dashboard
  Sign in     ${base}/sign-in
  Widget demo ${base}/widget-demo
  Health      ${base}/api/health

  Owner       demo@baton.local   password: ${DEMO_PASSWORD}
  Agents      ana@baton.local, omar@baton.local (same password)
  API key     ${DEMO_API_KEY}
`);
const stop = () => void server.close().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);

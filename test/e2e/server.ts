// Starts Baton for the browser tests: a fresh database with the committed migrations and the
// demo seed, then the web server (with workers) as production runs it, and a second web process
// whose responder is the OpenAI-compatible one, against a fake OpenAI server (openai-web.ts).
import { createTestDatabase } from "../setup/test-database";

const url = new URL(process.env.DATABASE_URL!);
const name = url.pathname.slice(1);
await createTestDatabase(process.env.DATABASE_URL!, name);

// Rate-limit counters and queues from an earlier run must not leak into this one.
const { Redis } = await import("ioredis");
const redis = new Redis(process.env.REDIS_URL!);
const stale = await redis.keys(`${process.env.REDIS_PREFIX}:*`);
if (stale.length > 0) await redis.del(...stale);
await redis.quit();

const { seedDemo } = await import("../../prisma/seed-demo");
await seedDemo();
const { startWebServer } = await import("../../src/server/main");
const server = await startWebServer();
const { startOpenAIWeb } = await import("./openai-web");
const openAIWeb = await startOpenAIWeb(process.env);
const stop = () => void Promise.allSettled([openAIWeb.stop(), server.close()]).then(() => process.exit(0));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);

// Worker process entry (`npm run worker`), also started inside the web process when
// RUN_WORKER_IN_WEB=true. Env is imported first so a bad config stops before anything connects.
import { env } from "@/server/env";
import { DelayedError, UnrecoverableError, Worker, type Job } from "bullmq";
import { pathToFileURL } from "node:url";
import { startSlackSocketMode, type SlackSocketMode } from "@/features/slack/socket-mode/slack-socket-mode";
import { logger } from "@/server/logger";
import { createRedis } from "@/server/redis";
import { JOBS, QUEUE_NAMES, isJobName } from "./definitions";
import { PROCESSORS } from "./processors";
import { WORKER_SETTINGS, closeQueues } from "./queues";
import { startReleasingParkedJobs } from "./parked-jobs";
import { MAX_DEFERRAL_AGE_MS, RetryLater } from "./retry-later";

export interface RunningWorkers {
  /** Socket Mode connections; sync() picks up a connection made a moment ago without waiting for the next poll. */
  socketMode: SlackSocketMode;
  close(): Promise<void>;
}

async function processJob(job: Job, token?: string): Promise<unknown> {
  if (!isJobName(job.name)) throw new UnrecoverableError(`Unknown job ${job.name}`);
  // Parse again on the way out of Redis: the payload may predate a schema change.
  const parsed = JOBS[job.name].schema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(`Invalid payload for ${job.name}: ${parsed.error.message}`);
  const processor = PROCESSORS[job.name] as (payload: unknown) => Promise<unknown>;
  try {
    return await processor(parsed.data);
  } catch (error) {
    // A rate limit is not a failure: run again later without spending an attempt, so a minute
    // of 429s cannot exhaust the attempts meant for real errors.
    if (error instanceof RetryLater && token && Date.now() - job.timestamp < MAX_DEFERRAL_AGE_MS) {
      await job.moveToDelayed(Date.now() + error.retryAfterMs, token);
      throw new DelayedError();
    }
    throw error;
  }
}

export function startWorkers(): RunningWorkers {
  const workers = QUEUE_NAMES.map((queue) => {
    const worker = new Worker(queue, processJob, {
      connection: createRedis("worker", `worker:${queue}`),
      prefix: env.REDIS_PREFIX,
      ...WORKER_SETTINGS[queue],
    });
    worker.on("failed", (job, error) =>
      logger.warn({ queue, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade, err: error }, "job failed"),
    );
    worker.on("error", (error) => logger.error({ queue, err: error }, "worker error"));
    return worker;
  });
  logger.info({ queues: QUEUE_NAMES }, "workers started");
  // Slack connections with an app-level token receive their events here, over Socket Mode.
  const socketMode = startSlackSocketMode();
  // Jobs parked in Postgres while Redis was unreachable are queued as soon as it answers again.
  const parkedJobs = startReleasingParkedJobs();
  return {
    socketMode,
    // worker.close() waits for jobs in progress to finish; callers bound the wait with a timeout.
    // Sockets close first, so Slack sends new envelopes to another worker's socket (or again later).
    async close() {
      parkedJobs.stop();
      await socketMode.close();
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}

// 25 s: enough for an in-flight Slack or WhatsApp call with its own 10 s timeout to finish,
// and under the 30 s most orchestrators (docker stop, Kubernetes) wait before SIGKILL.
const SHUTDOWN_GRACE_MS = 25_000;

async function main() {
  const running = startWorkers();
  const { db } = await import("@/server/db");
  const stop = async (signal: string) => {
    logger.info({ signal }, "worker shutting down");
    const timer = setTimeout(() => {
      logger.error("worker did not stop in time; exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    await running.close();
    await closeQueues();
    await db.$disconnect();
    clearTimeout(timer);
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  void main();
}

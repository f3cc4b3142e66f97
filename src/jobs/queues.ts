import { Queue, type QueueOptions, type WorkerOptions } from "bullmq";
import { env } from "@/server/env";
import { createRedis } from "@/server/redis";
import type { QueueName } from "./definitions";

// Retry transient failures with exponential backoff (2s, 4s, 8s, ...); a job that still fails
// after 8 attempts (~8.5 minutes) is kept for inspection rather than lost.
const DEFAULT_JOB_OPTIONS: QueueOptions["defaultJobOptions"] = {
  attempts: 8,
  backoff: { type: "exponential", delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 1_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

// Worker settings per queue follow the vendors' published limits:
// - Slack: chat.postMessage allows about 1 message per second per channel (Slack "Rate limits",
//   special tier), so the queue runs 1 job/s with low concurrency; per-channel pacing lives in the sender.
// - WhatsApp Cloud API: 80 messages/s per business phone number by default (Meta "Throughput").
export const WORKER_SETTINGS: Record<QueueName, Pick<WorkerOptions, "concurrency" | "limiter">> = {
  default: { concurrency: 10 },
  slack: { concurrency: 2, limiter: { max: 1, duration: 1_000 } },
  whatsapp: { concurrency: 10, limiter: { max: 80, duration: 1_000 } },
};

const globalForQueues = globalThis as unknown as { batonQueues?: Map<QueueName, Queue> };
const queues = (globalForQueues.batonQueues ??= new Map());

export function getQueue(name: QueueName): Queue {
  let queue = queues.get(name);
  if (!queue) {
    queue = new Queue(name, {
      connection: createRedis("producer", `queue:${name}`),
      prefix: env.REDIS_PREFIX,
      defaultJobOptions: DEFAULT_JOB_OPTIONS,
    });
    queues.set(name, queue);
  }
  return queue;
}

export async function closeQueues(): Promise<void> {
  await Promise.all([...queues.values()].map((queue) => queue.close()));
  queues.clear();
}

import { Queue, type QueueOptions, type WorkerOptions } from "bullmq";
import { env } from "@/server/env";
import { createRedis } from "@/server/redis";
import type { QueueName } from "./definitions";
import { SLACK_MAX_ATTEMPTS, slackBackoffMs } from "@/features/slack/slack-errors";
import { WEBHOOK_BACKOFF_MS, WEBHOOK_MAX_ATTEMPTS } from "@/features/webhooks/webhook-retry";

// Retry transient failures with exponential backoff (2s, 4s, 8s, ...); a job that still fails
// after 8 attempts (~8.5 minutes) is kept for inspection rather than lost.
const DEFAULT_JOB_OPTIONS: QueueOptions["defaultJobOptions"] = {
  attempts: 8,
  backoff: { type: "exponential", delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 1_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

// Slack jobs back off with their own strategy ("slack"): Slack's Retry-After when a call was
// rate limited (or a channel's next free slot), else 2 s doubling up to 5 minutes.
const JOB_OPTIONS: Partial<Record<QueueName, QueueOptions["defaultJobOptions"]>> = {
  slack: { ...DEFAULT_JOB_OPTIONS, attempts: SLACK_MAX_ATTEMPTS, backoff: { type: "slack" } },
  // Webhooks: a receiver that is down for a deploy gets about 17 minutes of retries (2 s doubling).
  webhooks: { ...DEFAULT_JOB_OPTIONS, attempts: WEBHOOK_MAX_ATTEMPTS, backoff: { type: "exponential", delay: WEBHOOK_BACKOFF_MS } },
};

// Worker settings per queue follow the vendors' published limits:
// - Slack: chat.postMessage allows about 1 message per second per channel (Slack "Rate limits",
//   special tier). No queue-wide limiter (it would make 50 channels share one message a second):
//   each post reserves its channel's next slot and is delayed until then
//   (features/slack/slack-pacing.ts). Concurrency 20: the jobs wait on Slack's network, not the CPU.
// - WhatsApp Cloud API: 80 messages/s per business phone number by default (Meta "Throughput"),
//   and about one message per 6 s to one recipient. Both are per number, so no queue-wide limiter
//   (it would make every workspace's numbers share 80/s): each send waits for its number's and its
//   recipient's next slot (features/whatsapp/send-limits.ts). Concurrency 20: network-bound jobs.
export const WORKER_SETTINGS: Record<QueueName, Pick<WorkerOptions, "concurrency" | "limiter" | "settings">> = {
  default: { concurrency: 10 },
  slack: { concurrency: 20, settings: { backoffStrategy: (attemptsMade, _type, error) => slackBackoffMs(attemptsMade, error) } },
  whatsapp: { concurrency: 20 },
  // Outbound webhooks: network-bound, each send waits at most 10 s.
  webhooks: { concurrency: 20 },
};

const globalForQueues = globalThis as unknown as { batonQueues?: Map<QueueName, Queue> };
const queues = (globalForQueues.batonQueues ??= new Map());

export function getQueue(name: QueueName): Queue {
  let queue = queues.get(name);
  if (!queue) {
    queue = new Queue(name, {
      connection: createRedis("producer", `queue:${name}`),
      prefix: env.REDIS_PREFIX,
      defaultJobOptions: JOB_OPTIONS[name] ?? DEFAULT_JOB_OPTIONS,
    });
    queues.set(name, queue);
  }
  return queue;
}

export async function closeQueues(): Promise<void> {
  await Promise.all([...queues.values()].map((queue) => queue.close()));
  queues.clear();
}

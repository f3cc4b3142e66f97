import { JOBS, type JobName, type JobPayload, type QueueName } from "./definitions";
import { getQueue } from "./queues";

export interface EnqueueOptions {
  /** Deterministic id: enqueueing the same work twice keeps one job. */
  jobId?: string;
  delayMs?: number;
  /** BullMQ priority: 1 is the highest; jobs without one run before any prioritized job. */
  priority?: number;
}

/** Validates the payload (a bad one never reaches Redis) and adds the job to its queue. */
export async function enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: EnqueueOptions = {}) {
  const definition = JOBS[name];
  const data = definition.schema.parse(payload);
  return getQueue(definition.queue).add(name, data, { jobId: options.jobId, delay: options.delayMs, priority: options.priority });
}

/** One job to queue: its name, payload and options, typed together. */
export type JobRequest = { [N in JobName]: { name: N; payload: JobPayload<N>; options?: EnqueueOptions } }[JobName];

/**
 * Several jobs in one Redis round trip per queue (BullMQ addBulk: one MULTI), for use-cases that
 * produce more than one side effect at once.
 */
export async function enqueueBulk(jobs: JobRequest[]) {
  const byQueue = new Map<QueueName, { name: string; data: unknown; opts: { jobId?: string; delay?: number; priority?: number } }[]>();
  for (const { name, payload, options = {} } of jobs) {
    const definition = JOBS[name];
    const bulk = byQueue.get(definition.queue) ?? [];
    bulk.push({ name, data: definition.schema.parse(payload), opts: { jobId: options.jobId, delay: options.delayMs, priority: options.priority } });
    byQueue.set(definition.queue, bulk);
  }
  await Promise.all([...byQueue].map(([queue, bulk]) => getQueue(queue).addBulk(bulk)));
}

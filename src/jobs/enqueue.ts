import { JOBS, type JobName, type JobPayload } from "./definitions";
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

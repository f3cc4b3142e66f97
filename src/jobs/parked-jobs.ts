// Jobs that could not be queued because Redis did not answer are parked in Postgres and queued by
// the worker once Redis answers again. The change a job describes is already committed by then (a
// reply, a claim), so dropping the job would lose its Slack or WhatsApp copy; parking delays it.
// Only the failure path parks: the usual path costs no extra statement.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { isJobName, JOBS } from "./definitions";
import { enqueueBulk, type EnqueueOptions, type JobRequest } from "./enqueue";

/** Queues the jobs, or parks them when the queue cannot be reached. Never throws. */
export async function enqueueOrPark(organizationId: string, jobs: JobRequest[]): Promise<void> {
  if (jobs.length === 0) return;
  const names = jobs.map((job) => job.name);
  try {
    await enqueueBulk(jobs);
  } catch (error) {
    logger.warn({ err: error, organizationId, jobs: names }, "queue unreachable; jobs parked in Postgres until it answers");
    await db.parkedJob
      .createMany({
        data: jobs.map((job) => ({
          organizationId,
          name: job.name,
          payload: job.payload as Prisma.InputJsonValue,
          options: (job.options ?? {}) as Prisma.InputJsonValue,
        })),
      })
      .catch((parkError: unknown) => logger.error({ err: parkError, organizationId, jobs: names }, "jobs neither queued nor parked: lost"));
  }
}

/**
 * Queues parked jobs, oldest first, and deletes them once queued. Throws while the queue is still
 * unreachable (the caller tries again later). Returns how many were released.
 */
export async function releaseParkedJobs(limit = 500): Promise<number> {
  const parked = await db.parkedJob.findMany({ orderBy: { id: "asc" }, take: limit });
  if (parked.length === 0) return 0;
  const jobs: JobRequest[] = [];
  for (const row of parked) {
    // A payload parked before a schema change that no longer fits would block every later job.
    const valid = isJobName(row.name) && JOBS[row.name].schema.safeParse(row.payload).success;
    if (valid) jobs.push({ name: row.name, payload: row.payload, options: row.options as EnqueueOptions } as JobRequest);
    else logger.error({ organizationId: row.organizationId, job: row.name }, "parked job no longer valid; dropped");
  }
  await enqueueBulk(jobs);
  await db.parkedJob.deleteMany({ where: { id: { in: parked.map((row) => row.id) } } });
  return parked.length;
}

/** The worker's loop: every few seconds, queue what was parked while Redis was down. */
export function startReleasingParkedJobs(everyMs = 5_000): { stop(): void } {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    releaseParkedJobs()
      .then((released) => {
        if (released > 0) logger.info({ released }, "parked jobs queued");
      })
      .catch((error: unknown) => logger.warn({ err: error }, "parked jobs not released yet"))
      .finally(() => (busy = false));
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

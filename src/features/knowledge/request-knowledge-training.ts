import { enqueue } from "@/jobs/enqueue";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { getKnowledgeVersion } from "./knowledge.repository";

/**
 * Asks the worker to train the workspace's knowledge model for this version of its knowledge
 * base. The job id carries the version, so any number of requests (every web process, every
 * question while it trains) make one job per version.
 */
export async function requestKnowledgeTraining(organizationId: string, version?: string): Promise<void> {
  const forVersion = version ?? (await getKnowledgeVersion(db, { organizationId }));
  // BullMQ job ids may not contain ":" (the version has one).
  const jobId = `knowledge-train-${organizationId}-${forVersion.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  await enqueue("knowledge.train", { organizationId }, { jobId });
}

/** After a knowledge-base change: retrain, without failing the change if Redis is unreachable. */
export async function retrainAfterChange(organizationId: string): Promise<void> {
  await requestKnowledgeTraining(organizationId).catch((error: unknown) =>
    // The next visitor question asks again (knowledge-model-cache.ts), so nothing is lost.
    logger.error({ err: error, organizationId }, "could not request knowledge training"),
  );
}

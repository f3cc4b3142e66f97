import { trainInThread } from "@/features/responder/embedded/train-in-thread";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { findEnabledEntries, getKnowledgeVersion } from "./knowledge.repository";
import { storedModelVersion, storeSerializedKnowledgeModel } from "./knowledge-model-cache";

export interface TrainKnowledgeModelOptions {
  organizationId: string;
}

/**
 * The `knowledge.train` job: trains the model of the knowledge base as it is now and stores it
 * for every web process (knowledge-model-cache.ts). Training (seconds to minutes for thousands of
 * entries) runs in a worker thread, so it blocks neither a visitor's request nor the event loop of
 * the process running the job (the web process itself with RUN_WORKER_IN_WEB=true). A failure in
 * the thread rejects, and the job retries.
 */
export async function trainKnowledgeModel({ organizationId }: TrainKnowledgeModelOptions) {
  const version = await getKnowledgeVersion(db, { organizationId });
  if ((await storedModelVersion(organizationId)) === version) return { trained: false, reason: "up to date", version };
  const rows = await findEnabledEntries(db, { organizationId });
  const started = performance.now();
  const model = await trainInThread({
    entries: rows.map((row) => ({ id: row.id, title: row.title, exampleQuestions: row.exampleQuestions, answer: row.answer })),
  });
  const ms = Math.round(performance.now() - started);
  // The knowledge base changed while training: this model is already old, and the change
  // requested its own training. (Reading the version first makes any change in between visible.)
  if ((await getKnowledgeVersion(db, { organizationId })) !== version) return { trained: false, reason: "changed meanwhile", version };
  const entries = rows.map((row) => ({ id: row.id, title: row.title, answer: row.answer }));
  await storeSerializedKnowledgeModel(organizationId, { version, entries, model });
  logger.info({ organizationId, version, entries: rows.length, ms }, "knowledge model trained");
  return { trained: true, version, entries: rows.length, ms };
}

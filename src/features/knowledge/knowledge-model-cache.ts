// Trained knowledge models per workspace, kept in process memory. A model is rebuilt when the
// knowledge base's version changes; while it rebuilds, visitors keep getting answers from the
// previous model (retraining never blocks them). Only the very first build is awaited.
import { buildKnowledgeModel, type KnowledgeModel } from "@/features/responder/embedded";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { findEnabledEntries, getKnowledgeVersion } from "./knowledge.repository";

export interface KnowledgeEntryView {
  id: string;
  title: string;
  answer: string;
}

export interface LoadedKnowledge {
  model: KnowledgeModel;
  entries: Map<string, KnowledgeEntryView>;
  version: string;
}

const cache = new Map<string, LoadedKnowledge>();
const building = new Map<string, Promise<LoadedKnowledge>>();

async function build(organizationId: string, version: string): Promise<LoadedKnowledge> {
  const rows = await findEnabledEntries(db, { organizationId });
  const started = performance.now();
  const model = buildKnowledgeModel(rows.map((row) => ({ id: row.id, title: row.title, exampleQuestions: row.exampleQuestions, answer: row.answer })));
  logger.info({ organizationId, entries: rows.length, ms: Math.round(performance.now() - started) }, "knowledge model built");
  const loaded = { model, entries: new Map(rows.map((row) => [row.id, { id: row.id, title: row.title, answer: row.answer }])), version };
  cache.set(organizationId, loaded);
  return loaded;
}

function rebuild(organizationId: string, version: string): Promise<LoadedKnowledge> {
  let pending = building.get(organizationId);
  if (!pending) {
    pending = build(organizationId, version).finally(() => building.delete(organizationId));
    building.set(organizationId, pending);
  }
  return pending;
}

export async function getKnowledge(organizationId: string): Promise<LoadedKnowledge> {
  const version = await getKnowledgeVersion(db, { organizationId });
  const current = cache.get(organizationId);
  if (current?.version === version) return current;
  if (!current) return rebuild(organizationId, version);
  rebuild(organizationId, version).catch((error: unknown) => logger.error({ err: error, organizationId }, "knowledge rebuild failed"));
  return current;
}

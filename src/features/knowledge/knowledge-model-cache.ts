// Trained knowledge models per workspace. Training happens away from visitors (the worker's
// `knowledge.train` job, train-knowledge-model.ts); the model is stored in Redis with the
// knowledge-base version it was trained on, and each web process loads it into memory once per
// version. A visitor's question never waits for training:
//   - the model of the current version when there is one (memory, else Redis);
//   - while a newer one is being trained, the previous one;
//   - with none at all, null: the caller answers from the lexical index instead.
// Exception: a tiny knowledge base trains in a fraction of a second, so it is trained in place
// (and stored, so other processes need not train it again).
import { buildKnowledgeModel, loadKnowledgeModel, type KnowledgeModel } from "@/features/responder/embedded";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { getRedis, redisKey } from "@/server/redis";
import { countEnabledEntries, findEnabledEntries, getKnowledgeVersion } from "./knowledge.repository";
import { requestKnowledgeTraining } from "./request-knowledge-training";

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

type EntryRow = Awaited<ReturnType<typeof findEnabledEntries>>[number];

// A knowledge base this small (the demo's has 14 entries, 52 phrasings) trains in about 0.1-0.3 s
// of CPU, 5-fold calibration included (measured on a loaded 2-core machine): less than a visitor
// would wait for the worker's model, and once per version for all processes (it is stored).
const IN_PLACE_MAX_ENTRIES = 15;
const IN_PLACE_MAX_PHRASINGS = 60;

const cache = new Map<string, LoadedKnowledge>();
const pending = new Map<string, Promise<LoadedKnowledge | null>>();
/** Per workspace, the version whose training this process requested (a failed request is retried). */
const trainingRequested = new Map<string, string>();

const modelKey = (organizationId: string) => redisKey("kb-model", organizationId);
const versionKey = (organizationId: string) => redisKey("kb-model-version", organizationId);

/**
 * The workspace's knowledge model to answer with now: the current one, else the previous one
 * (a newer one is being trained), else null (none trained yet; training has been requested).
 */
export async function getKnowledge(organizationId: string, knownVersion?: string): Promise<LoadedKnowledge | null> {
  // A caller that already read the version (the bot's one context read) saves a statement.
  const version = knownVersion ?? (await getKnowledgeVersion(db, { organizationId }));
  const current = cache.get(organizationId);
  if (current?.version === version) return current;
  let work = pending.get(organizationId);
  if (!work) {
    work = refresh(organizationId, version, current).finally(() => pending.delete(organizationId));
    pending.set(organizationId, work);
  }
  return work;
}

async function refresh(organizationId: string, version: string, current: LoadedKnowledge | undefined): Promise<LoadedKnowledge | null> {
  // Another process (the worker) may have trained a newer model than this process holds.
  const stored = await loadStoredModel(organizationId, current?.version).catch((error: unknown) => {
    logger.warn({ err: error, organizationId }, "stored knowledge model unreadable");
    return null;
  });
  if (stored && (stored.version === version || !current)) cache.set(organizationId, stored);
  const best = cache.get(organizationId) ?? null;
  if (best?.version === version) return best;
  // Training of this version is already asked for (the base is too big to train here): until the
  // worker stores the model, each question checks Redis for it and nothing more.
  if (trainingRequested.get(organizationId) === version) return best;
  const small = await smallKnowledgeBase(organizationId);
  if (small) return trainInPlace(organizationId, version, small);
  await requestKnowledgeTraining(organizationId, version).then(
    () => trainingRequested.set(organizationId, version),
    (error: unknown) => logger.error({ err: error, organizationId }, "could not request knowledge training"),
  );
  return best;
}

/** The entries of a knowledge base small enough to train while a visitor waits, else null. */
async function smallKnowledgeBase(organizationId: string): Promise<EntryRow[] | null> {
  const count = await countEnabledEntries(db, { organizationId });
  if (count > IN_PLACE_MAX_ENTRIES) return null;
  const rows = await findEnabledEntries(db, { organizationId });
  const phrasings = rows.reduce((sum, row) => sum + 1 + row.exampleQuestions.length, 0);
  return phrasings <= IN_PLACE_MAX_PHRASINGS ? rows : null;
}

async function trainInPlace(organizationId: string, version: string, rows: EntryRow[]): Promise<LoadedKnowledge> {
  const loaded = trainFromRows(rows, version);
  cache.set(organizationId, loaded);
  await storeKnowledgeModel(organizationId, loaded).catch((error: unknown) =>
    logger.warn({ err: error, organizationId }, "could not store knowledge model"),
  );
  return loaded;
}

/** Trains a model on the rows: synchronous CPU work, seconds for thousands of entries (the worker's job). */
export function trainFromRows(rows: EntryRow[], version: string): LoadedKnowledge {
  const model = buildKnowledgeModel(rows.map((row) => ({ id: row.id, title: row.title, exampleQuestions: row.exampleQuestions, answer: row.answer })));
  return { model, entries: new Map(rows.map((row) => [row.id, { id: row.id, title: row.title, answer: row.answer }])), version };
}

export interface StoredModel {
  version: string;
  entries: KnowledgeEntryView[];
  model: unknown;
}

/** Writes the model and its version together, so a reader never pairs one with the other's. */
export function storeKnowledgeModel(organizationId: string, loaded: LoadedKnowledge): Promise<void> {
  return storeSerializedKnowledgeModel(organizationId, { version: loaded.version, entries: [...loaded.entries.values()], model: loaded.model.toJSON() });
}

/** The same, for a model serialized elsewhere (the job's training thread): no need to load it here. */
export async function storeSerializedKnowledgeModel(organizationId: string, stored: StoredModel): Promise<void> {
  await getRedis().multi().set(modelKey(organizationId), JSON.stringify(stored)).set(versionKey(organizationId), stored.version).exec();
}

/** The version of the model stored in Redis, or null. */
export function storedModelVersion(organizationId: string): Promise<string | null> {
  return getRedis().get(versionKey(organizationId));
}

/** The stored model, unless it is the version this process already has (or there is none). */
async function loadStoredModel(organizationId: string, have: string | undefined): Promise<LoadedKnowledge | null> {
  const storedVersion = await storedModelVersion(organizationId);
  if (storedVersion === null || storedVersion === have) return null;
  const json = await getRedis().get(modelKey(organizationId));
  if (json === null) return null;
  const stored = JSON.parse(json) as StoredModel;
  const started = performance.now();
  const model = loadKnowledgeModel(stored.model);
  logger.info({ organizationId, version: stored.version, ms: Math.round(performance.now() - started) }, "knowledge model loaded");
  return { model, entries: new Map(stored.entries.map((entry) => [entry.id, entry])), version: stored.version };
}

/** Forgets this process's models (tests simulate a restart with it). */
export function clearKnowledgeMemory(): void {
  cache.clear();
  trainingRequested.clear();
}

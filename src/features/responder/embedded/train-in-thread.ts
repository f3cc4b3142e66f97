// Training a knowledge model is seconds to minutes of synchronous CPU for a large knowledge base.
// Done on the main thread it would freeze the process: with RUN_WORKER_IN_WEB=true that is the web
// process (visitors and agents stall), and in the worker it also stops BullMQ renewing its job
// locks. So the `knowledge.train` job trains in a worker thread and gets the model back as JSON.
import { Worker } from "node:worker_threads";
import type { KnowledgeEntryInput, SerializedKnowledgeModel, TrainingOptions } from "./index";

export interface TrainInThreadInput {
  entries: KnowledgeEntryInput[];
  /** DEFAULT_TRAINING_OPTIONS when omitted. */
  options?: TrainingOptions;
}

// The processes run TypeScript through tsx. A thread does not inherit its loader: on Node 20,
// `execArgv: ["--import", "tsx"]` still fails with ERR_UNKNOWN_FILE_EXTENSION for the .ts entry,
// so the thread starts as a tiny script that loads the entry through tsx's API (this works under
// tsx and under vitest alike). A string, not `new Worker(new URL(...))`, so no bundler tries to
// bundle the entry should this module ever be imported by a route.
const ENTRY = new URL("./train-worker.ts", import.meta.url).href;
const BOOTSTRAP = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(ENTRY)}, ${JSON.stringify(ENTRY)}));`;

/**
 * Trains the knowledge model in a worker thread and resolves with its JSON (what
 * `loadKnowledgeModel` reads). Rejects if the thread fails or exits without a model; the thread
 * is always terminated.
 */
export function trainInThread(input: TrainInThreadInput): Promise<SerializedKnowledgeModel> {
  const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { input } });
  const result = new Promise<SerializedKnowledgeModel>((resolve, reject) => {
    worker.once("message", (model: SerializedKnowledgeModel) => resolve(model));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`knowledge training thread exited (code ${code}) without a model`)));
  });
  return result.finally(() => worker.terminate());
}

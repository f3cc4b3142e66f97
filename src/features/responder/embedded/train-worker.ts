// Entry of the training thread (train-in-thread.ts): trains on the entries it is given and posts
// back the serialized model. Only relative imports: it is loaded by tsx's API inside the thread,
// where the "@/" alias of the processes is not set up.
import { parentPort, workerData } from "node:worker_threads";
import { buildKnowledgeModel } from "./index";
import type { TrainInThreadInput } from "./train-in-thread";

const input = (workerData as { input: TrainInThreadInput }).input;
const model = buildKnowledgeModel(input.entries, input.options);
parentPort!.postMessage(model.toJSON());

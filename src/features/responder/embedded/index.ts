// The embedded responder's knowledge model: trained from a workspace's knowledge base, it answers
// a visitor's question with the best entry and a calibrated confidence, or with no entry.
import { classify, type Classifier } from "./classify";
import { deserializeClassifier, serializeClassifier, type SerializedKnowledgeModel } from "./serialize";
import { DEFAULT_TRAINING_OPTIONS, trainKnowledge } from "./train";
import type { AnswerOptions, EmbeddedAnswer, KnowledgeEntryInput, TrainingOptions } from "./types";

export { DEFAULT_CONFIDENCE_THRESHOLD } from "./classify";
export { DEFAULT_TRAINING_OPTIONS } from "./train";
export { ZSerializedKnowledgeModel, type SerializedKnowledgeModel } from "./serialize";
export type { AnswerOptions, EmbeddedAnswer, EntryMatch, KnowledgeEntryInput, TrainingOptions } from "./types";

export interface KnowledgeModel {
  /** Entries the model can answer with (entries without any phrasing are left out). */
  readonly entryIds: readonly string[];
  answer(question: string, options?: AnswerOptions): EmbeddedAnswer;
  /** Plain JSON for a cache; `loadKnowledgeModel` restores a model that answers identically. */
  toJSON(): SerializedKnowledgeModel;
}

export function buildKnowledgeModel(entries: KnowledgeEntryInput[], options: TrainingOptions = DEFAULT_TRAINING_OPTIONS): KnowledgeModel {
  return wrap(trainKnowledge(entries, options));
}

/** Accepts the object from `toJSON()` or its JSON string; throws if it is not a model of this version. */
export function loadKnowledgeModel(serialized: unknown): KnowledgeModel {
  return wrap(deserializeClassifier(serialized));
}

function wrap(classifier: Classifier): KnowledgeModel {
  return {
    entryIds: classifier.entryIds,
    answer: (question, options) => classify(classifier, question, options),
    toJSON: () => serializeClassifier(classifier),
  };
}

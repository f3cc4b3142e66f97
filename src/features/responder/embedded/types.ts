import type { CalibrationFeatures, Calibrator } from "./calibrate";
import type { FeatureOptions } from "./features";
import type { SoftmaxOptions } from "./softmax";

/** What the embedded responder needs of a knowledge-base entry (the row has more). */
export interface KnowledgeEntryInput {
  id: string;
  /** A phrasing of the question, like the example questions. */
  title: string;
  exampleQuestions: string[];
  answer?: string;
  language?: string | null;
  tags?: string[];
}

export interface EntryMatch {
  entryId: string;
  /** Calibrated probability that this entry is the right answer, in [0, 1]. */
  score: number;
}

export interface EmbeddedAnswer {
  /** The entry to answer with, or null when the confidence is below the threshold. */
  entryId: string | null;
  /** Calibrated probability that the best entry is the right answer, in [0, 1]. */
  confidence: number;
  /** The best candidates, best first, whether or not the responder answers. */
  matches: EntryMatch[];
}

export interface AnswerOptions {
  /** Answer only at or above this confidence; DEFAULT_CONFIDENCE_THRESHOLD when omitted. */
  threshold?: number;
  /** How many matches to return (3). */
  maxMatches?: number;
}

export interface CalibrationOptions {
  /** Folds of the k-fold split used to collect held-out questions. */
  folds: number;
  /**
   * Hold out contiguous runs of an entry's phrasings rather than a random sample: phrasings
   * written one after the other tend to be variations of each other, and a held-out question
   * with its near-twin still in training is easier than a visitor's.
   */
  contiguousFolds: boolean;
  /** Calibration rows per held-out question: its top candidates by classifier probability. */
  candidates: number;
  /** Stop collecting after this many held-out in-scope questions (bounds training time). */
  maxRows: number;
  /** Assumed share of visitor questions the knowledge base cannot answer. */
  outOfScopeShare: number;
  /** How many rows' worth of weight the prior calibrator has. */
  priorStrength: number;
  prior: Calibrator;
}

export interface TrainingOptions {
  features: FeatureOptions;
  softmax: SoftmaxOptions;
  calibration: CalibrationOptions;
  /** Also put character n-grams in the nearest-phrasing index (bigger, slower, no better). */
  indexCharGrams: boolean;
  /** Use the shipped English word vectors. */
  wordVectors: boolean;
  /** Sentence vectors with max and min pooling next to the mean (3x the dimensions). */
  pooledWordVectors: boolean;
  /** Above this many entries the classifier leaves out the dense word-vector features (time). */
  denseMaxEntries: number;
  /**
   * Words and bigrams in at least `minPhrasings` phrasings (character n-grams: `charMinPhrasings`,
   * 0 for none) weigh on every entry (core.ts), for knowledge bases of up to `maxEntries` entries.
   */
  fullSupport: { maxEntries: number; minPhrasings: number; charMinPhrasings: number };
}

/** Raw signals of a question against every entry, before calibration (for evaluation tools). */
export interface QuestionSignals {
  probabilities: Float64Array;
  cosines: Float64Array;
  knownWordShare: number;
  features(entry: number): CalibrationFeatures;
}

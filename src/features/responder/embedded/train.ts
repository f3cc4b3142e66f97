// Training: the core model on every phrasing, and the calibrator on held-out questions from
// k-fold cores. Each fold holds out a slice of every entry's phrasings (in-scope questions: was the
// top entry right?) and some entries whole (questions the knowledge base cannot answer: any
// answer is wrong). No out-of-scope data is needed, so this works for any knowledge base.
import { fitCalibrator, type CalibrationRow } from "./calibrate";
import { topIndices } from "./classify";
import { questionSignals, trainCore, type Core, type LabelledText } from "./core";
import { DEFAULT_FEATURE_OPTIONS } from "./features";
import { DEFAULT_SOFTMAX_OPTIONS, mulberry32, shuffle } from "./softmax";
import type { KnowledgeEntryInput, TrainingOptions } from "./types";

export const DEFAULT_TRAINING_OPTIONS: TrainingOptions = {
  features: DEFAULT_FEATURE_OPTIONS,
  softmax: DEFAULT_SOFTMAX_OPTIONS,
  indexCharGrams: false,
  wordVectors: true,
  pooledWordVectors: true,
  denseMaxEntries: 400,
  fullSupport: { maxEntries: 400, minPhrasings: 5, charMinPhrasings: 0 },
  calibration: {
    folds: 5,
    contiguousFolds: true,
    candidates: 3,
    maxRows: 2000,
    outOfScopeShare: 0.2,
    priorStrength: 100,
    // What the calibrator converges to on a large knowledge base (the mean of the blocked 3-fold
    // fits on CLINC150's training split, rounded, scripts/eval/kb-tune.ts). A small knowledge base
    // stays near it: its own few held-out rows are too few to fit ten weights (with a prior worth
    // 20 rows, a 15-entry FAQ learned that long questions are right and answered "what is the
    // weather like in paris tomorrow" with 22% confidence; with 100, 6%). A large one, with
    // thousands of rows, fits its own.
    prior: { weights: [2.05, 0.46, 2.65, 1.65, 0.92, 2.11, 0.32, 0.56, 1.04, -0.84], bias: -4.78 },
  },
};

const MIN_OUT_OF_SCOPE_ROWS = 200;

export interface TrainedKnowledge {
  entryIds: string[];
  core: Core;
  calibrator: TrainingOptions["calibration"]["prior"];
}

/** Each entry's title and example questions, trimmed and without repeats. */
export function entryPhrasings(entries: KnowledgeEntryInput[]): { entryIds: string[]; phrasings: LabelledText[] } {
  const entryIds: string[] = [];
  const phrasings: LabelledText[] = [];
  for (const entry of entries) {
    const texts = new Set(
      [entry.title, ...entry.exampleQuestions].map((text) => text.trim()).filter((text) => text.length > 0),
    );
    if (texts.size === 0) continue;
    const label = entryIds.length;
    entryIds.push(entry.id);
    for (const text of texts) phrasings.push({ text, label });
  }
  return { entryIds, phrasings };
}

export function trainKnowledge(entries: KnowledgeEntryInput[], options: TrainingOptions = DEFAULT_TRAINING_OPTIONS): TrainedKnowledge {
  const { entryIds, phrasings } = entryPhrasings(entries);
  const core = trainCore(phrasings, entryIds.length, options);
  const rows = collectCalibrationRows(phrasings, entryIds.length, options);
  const { prior, priorStrength } = options.calibration;
  const calibrator = rows.length > 0 ? fitCalibrator(rows, prior, priorStrength) : prior;
  return { entryIds, core, calibrator };
}

/** Held-out calibration rows from k-fold cores (see the comment at the top). */
export function collectCalibrationRows(
  phrasings: LabelledText[],
  numClasses: number,
  options: TrainingOptions,
): CalibrationRow[] {
  if (numClasses < 2) return [];
  const { folds: k, maxRows, outOfScopeShare } = options.calibration;
  const random = mulberry32(options.softmax.seed + 1);
  const classOrder = Array.from({ length: numClasses }, (_, c) => c);
  shuffle(classOrder, random);
  const classGroup = new Int32Array(numClasses);
  classOrder.forEach((c, position) => (classGroup[c] = position % k));
  // Phrasing folds: contiguous runs (see CalibrationOptions.contiguousFolds), or for entries with
  // fewer phrasings than folds, shuffled and offset per entry so they do not all land in fold 0.
  const byClass: LabelledText[][] = Array.from({ length: numClasses }, () => []);
  for (const p of phrasings) byClass[p.label]?.push(p);
  const fold = new Map<LabelledText, number>();
  byClass.forEach((list, c) => {
    if (options.calibration.contiguousFolds && list.length >= k) {
      list.forEach((p, position) => fold.set(p, Math.floor((position * k) / list.length)));
      return;
    }
    shuffle(list, random);
    list.forEach((p, position) => fold.set(p, (position + c) % k));
  });

  const inScope: CalibrationRow[] = [];
  const outOfScope: CalibrationRow[] = [];
  let inScopeQuestions = 0;
  for (let f = 0; f < k && inScopeQuestions < maxRows; f++) {
    const training = phrasings.filter((p) => fold.get(p) !== f && classGroup[p.label] !== f);
    const present = [...new Set(training.map((p) => p.label))].sort((a, b) => a - b);
    if (present.length === 0) continue;
    const remap = new Map(present.map((c, i) => [c, i]));
    const core = trainCore(
      training.map((p) => ({ text: p.text, label: remap.get(p.label) as number })),
      present.length,
      options,
    );
    // Scoring is most of a large knowledge base's calibration time: a sample of the held-out
    // questions is enough once they number in the thousands.
    const heldIn = every(
      phrasings.filter((p) => fold.get(p) === f && remap.has(p.label)),
      maxRows,
    );
    const heldOut = every(
      phrasings.filter((p) => !remap.has(p.label)),
      Math.max(heldIn.length, MIN_OUT_OF_SCOPE_ROWS),
    );
    const sample = [...heldIn, ...heldOut];
    inScopeQuestions += heldIn.length;
    for (const p of sample) {
      const local = remap.get(p.label);
      const signals = questionSignals(core, p.text);
      // Rows for the top few candidates, not only the best: the calibrator then also ranks them
      // (classify.ts answers with the candidate it gives the highest probability of being right).
      for (const candidate of topIndices(signals.probabilities, options.calibration.candidates)) {
        const row = { features: signals.features(candidate), correct: candidate === local, weight: 1 };
        (local === undefined ? outOfScope : inScope).push(row);
      }
    }
  }
  // Out-of-scope rows are weighted so that they make up `outOfScopeShare` of the total.
  if (outOfScope.length > 0 && inScope.length > 0) {
    const weight = (outOfScopeShare / (1 - outOfScopeShare)) * (inScope.length / outOfScope.length);
    for (const row of outOfScope) row.weight = weight;
  }
  return [...inScope, ...outOfScope];
}

/** Every n-th item, so that about `limit` remain (all of them when there are fewer). */
function every<T>(items: T[], limit: number): T[] {
  const stride = Math.max(1, Math.floor(items.length / limit));
  return stride === 1 ? items : items.filter((_, i) => i % stride === 0);
}

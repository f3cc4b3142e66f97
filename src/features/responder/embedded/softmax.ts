// Multinomial logistic regression on sparse TF-IDF vectors, L2 regularised, trained by AdaGrad.
// A class only gets a weight for the features seen in its own phrasings ("restricted support"):
// that keeps the model the size of the training data rather than features x classes, so 2,000
// entries train in seconds and the model is cheap to cache.
import type { SparseVector } from "./vectorize";

export interface SoftmaxOptions {
  epochs: number;
  /**
   * A feature seen in the phrasings of more than this many classes gets no weights. It only
   * matters for knowledge bases of thousands of entries, where such features (the words of every
   * question: "how", "do", "my") would otherwise dominate training time.
   */
  maxClassesPerFeature: number;
  /** Weight of the dense sentence vector next to the unit-length sparse one (0: not used). */
  denseScale: number;
  /** AdaGrad's step size, for entries with up to `fullStepPhrasings` phrasings (see pace). */
  learningRate: number;
  fullStepPhrasings: number;
  l2: number;
  /**
   * A class whose gradient for an example is below max(skipGradient, margin x (1 - step scale))
   * gets no update from it: a wrong class the example gives next to nothing, or the right one once
   * it gets nearly all. `skipGradient` bounds training time (most classes, once training is under
   * way; their L2 decay is simply postponed); the margin, for entries with many phrasings, is also
   * a brake like label smoothing: an example stops pushing once it is won (see pace).
   */
  skipGradient: number;
  margin: number;
  seed: number;
}

export const DEFAULT_SOFTMAX_OPTIONS: SoftmaxOptions = {
  epochs: 3,
  maxClassesPerFeature: 256,
  denseScale: 1,
  learningRate: 1,
  fullStepPhrasings: 10,
  l2: 1e-4,
  skipGradient: 1e-4,
  margin: 1.5e-2,
  seed: 1,
};

/**
 * Step size and skipped-gradient margin for entries with `phrasingsPerEntry` phrasings on average.
 * AdaGrad moves a weight updated n times by about learningRate x sqrt(n), so entries with many
 * phrasings grow large weights that fit their phrasings ever more confidently. Scaling the step by
 * 1/sqrt(phrasings) keeps weights of about the same size whatever the knowledge base, and the
 * margin stops examples that are already won from pushing further. On CLINC150 (100 phrasings an
 * entry: step 0.32, margin 0.01) blocked 3-fold CV of the training split (scripts/eval/kb-tune.ts)
 * gave top-1 94.5% instead of 94.0%, and 92.8% instead of 92.3% in-scope accuracy at 75%
 * out-of-scope recall (validation top-1: 92.8% -> 94.1%; with a margin of 1e-3: 93.6%, 1e-1: 93.9%).
 * A small FAQ (up to 10 phrasings an entry) keeps the full step and no margin: it learns little from
 * so few, and a smaller step left its unrelated questions more confident.
 */
export function pace(options: SoftmaxOptions, phrasingsPerEntry: number): { learningRate: number; skipGradient: number } {
  const scale = Math.min(1, Math.sqrt(options.fullStepPhrasings / Math.max(1, phrasingsPerEntry)));
  return {
    learningRate: options.learningRate * scale,
    skipGradient: Math.max(options.skipGradient, options.margin * (1 - scale)),
  };
}

export interface SoftmaxModel {
  numClasses: number;
  /** CSR by feature column: featureStart[f]..featureStart[f+1] index featureClass/weights. */
  featureStart: Int32Array;
  featureClass: Int32Array;
  weights: Float32Array;
  /** Dense weights, class-major (numClasses x denseDimensions), applied to dense * denseScale. */
  dense: Float32Array | null;
  denseDimensions: number;
  denseScale: number;
}

export interface LabelledVector {
  vector: SparseVector;
  label: number;
  /** A dense sentence vector, the same length for every example, or absent. */
  dense?: Float32Array;
}

/**
 * Which classes get a weight for each feature: those whose phrasings have it, or every class for
 * the features marked in `fullSupport` (then a word can also count against an entry).
 */
export function buildSupport(examples: LabelledVector[], numFeatures: number, numClasses: number, maxClasses = Infinity, fullSupport?: Uint8Array) {
  const perFeature: Array<Set<number> | undefined> = new Array(numFeatures);
  for (const { vector, label } of examples) {
    for (const f of vector.idx) (perFeature[f] ??= new Set()).add(label);
  }
  for (let f = 0; f < numFeatures; f++) if ((perFeature[f]?.size ?? 0) > maxClasses) perFeature[f] = undefined;
  const everyClass = fullSupport ? new Set(Array.from({ length: numClasses }, (_, c) => c)) : undefined;
  if (fullSupport) for (let f = 0; f < numFeatures; f++) if (fullSupport[f]) perFeature[f] = everyClass;
  const featureStart = new Int32Array(numFeatures + 1);
  for (let f = 0; f < numFeatures; f++) featureStart[f + 1] = (featureStart[f] as number) + (perFeature[f]?.size ?? 0);
  const featureClass = new Int32Array(featureStart[numFeatures] as number);
  for (let f = 0; f < numFeatures; f++) {
    const classes = [...(perFeature[f] ?? [])].sort((a, b) => a - b);
    featureClass.set(classes, featureStart[f] as number);
  }
  return { numClasses, featureStart, featureClass };
}

export function trainSoftmax(
  examples: LabelledVector[],
  numFeatures: number,
  numClasses: number,
  options: SoftmaxOptions,
  fullSupport?: Uint8Array,
): SoftmaxModel {
  const { featureStart, featureClass } = buildSupport(examples, numFeatures, numClasses, options.maxClassesPerFeature, fullSupport);
  // Float32 is precise enough for these weights and halves what the model weighs in a cache.
  const weights = new Float32Array(featureClass.length);
  const weightSq = new Float32Array(featureClass.length);
  // Scores of the classes an example touches; every other class scores 0. There is no bias:
  // how many phrasings an entry has says nothing about how often visitors ask it, and leaving
  // it out makes a step cost the example's features, not the number of entries.
  const scores = new Float64Array(numClasses);
  const touched = new Int32Array(numClasses);
  const isTouched = new Uint8Array(numClasses);
  const dims = options.denseScale > 0 ? (examples[0]?.dense?.length ?? 0) : 0;
  const dense = dims > 0 ? new Float32Array(numClasses * dims) : null;
  const denseSq = dense ? new Float32Array(dense.length) : null;
  const x = new Float64Array(dims);
  const order = examples.map((_, i) => i);
  const random = mulberry32(options.seed);
  const { learningRate: lr, skipGradient: skip } = pace(options, examples.length / Math.max(1, numClasses));
  const { l2 } = options;
  const eps = 1e-8;

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const { vector, label } = examples[i] as LabelledVector;
      const { idx, val } = vector;
      let count = 0;
      if (dense) {
        // Dense features touch every class (only used for knowledge bases of modest size).
        const source = (examples[i] as LabelledVector).dense as Float32Array;
        for (let d = 0; d < dims; d++) x[d] = (source[d] as number) * options.denseScale;
        for (let c = 0; c < numClasses; c++) {
          isTouched[c] = 1;
          touched[count++] = c;
          scores[c] = dot(dense, c * dims, x, dims);
        }
      }
      for (let j = 0; j < idx.length; j++) {
        const f = idx[j] as number;
        const v = val[j] as number;
        for (let k = featureStart[f] as number, end = featureStart[f + 1] as number; k < end; k++) {
          const c = featureClass[k] as number;
          if (isTouched[c] === 0) {
            isTouched[c] = 1;
            touched[count++] = c;
          }
          scores[c] = (scores[c] as number) + (weights[k] as number) * v;
        }
      }
      // Softmax over all classes, the untouched ones at score 0.
      let max = count < numClasses ? 0 : -Infinity;
      for (let t = 0; t < count; t++) max = Math.max(max, scores[touched[t] as number] as number);
      let sum = (numClasses - count) * Math.exp(-max);
      for (let t = 0; t < count; t++) {
        const c = touched[t] as number;
        const e = Math.exp((scores[c] as number) - max);
        scores[c] = e;
        sum += e;
      }
      // Now the gradient of the loss with respect to each touched class's score.
      for (let t = 0; t < count; t++) {
        const c = touched[t] as number;
        scores[c] = (scores[c] as number) / sum - (c === label ? 1 : 0);
      }
      for (let j = 0; j < idx.length; j++) {
        const f = idx[j] as number;
        const v = val[j] as number;
        for (let k = featureStart[f] as number, end = featureStart[f + 1] as number; k < end; k++) {
          const gc = scores[featureClass[k] as number] as number;
          if (gc < skip && gc > -skip) continue;
          const w = weights[k] as number;
          const g = gc * v + l2 * w;
          const sq = (weightSq[k] as number) + g * g;
          weightSq[k] = sq;
          weights[k] = w - (lr * g) / Math.sqrt(sq + eps);
        }
      }
      if (dense && denseSq) {
        for (let c = 0; c < numClasses; c++) {
          const gc = scores[c] as number;
          if (gc < skip && gc > -skip) continue;
          for (let d = 0, k = c * dims; d < dims; d++, k++) {
            const w = dense[k] as number;
            const g = gc * (x[d] as number) + l2 * w;
            const sq = (denseSq[k] as number) + g * g;
            denseSq[k] = sq;
            dense[k] = w - (lr * g) / Math.sqrt(sq + eps);
          }
        }
      }
      for (let t = 0; t < count; t++) {
        const c = touched[t] as number;
        scores[c] = 0;
        isTouched[c] = 0;
      }
    }
  }
  return { numClasses, featureStart, featureClass, weights, dense, denseDimensions: dims, denseScale: options.denseScale };
}

function dot(weights: Float32Array, offset: number, x: Float64Array, dims: number): number {
  let sum = 0;
  for (let d = 0; d < dims; d++) sum += (weights[offset + d] as number) * (x[d] as number);
  return sum;
}

/** Class logits of a vector (not normalised). */
export function softmaxLogits(
  model: SoftmaxModel,
  vector: SparseVector,
  denseVector: Float32Array | null,
  out = new Float64Array(model.numClasses),
): Float64Array {
  out.fill(0);
  const dims = model.denseDimensions;
  if (model.dense && denseVector && dims > 0) {
    const x = Float64Array.from(denseVector, (v) => v * model.denseScale);
    for (let c = 0; c < model.numClasses; c++) out[c] = dot(model.dense, c * dims, x, dims);
  }
  const { featureStart, featureClass, weights } = model;
  for (let j = 0; j < vector.idx.length; j++) {
    const f = vector.idx[j] as number;
    const v = vector.val[j] as number;
    for (let k = featureStart[f] as number, end = featureStart[f + 1] as number; k < end; k++) {
      const c = featureClass[k] as number;
      out[c] = (out[c] as number) + (weights[k] as number) * v;
    }
  }
  return out;
}

export function softmaxInPlace(scores: Float64Array): void {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    const e = Math.exp((scores[c] as number) - max);
    scores[c] = e;
    sum += e;
  }
  for (let c = 0; c < scores.length; c++) scores[c] = (scores[c] as number) / sum;
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}

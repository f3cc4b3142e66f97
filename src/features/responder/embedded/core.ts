// The uncalibrated core of the model: vocabulary, classifier, nearest-phrasing index and entry
// centroids in word-vector space, built from labelled phrasings. Training (train.ts) builds
// several of these for calibration folds.
import { calibrationFeatures, normalizedEntropy } from "./calibrate";
import { englishWordVectors, sentenceVector, type WordVectors } from "./embeddings";
import { extractFeatures, FeatureGroup, type FeatureOptions, type RawFeatures } from "./features";
import { buildPhrasingIndex, nearestPerClass, type PhrasingIndex } from "./similarity";
import { softmaxInPlace, softmaxLogits, trainSoftmax, type SoftmaxModel } from "./softmax";
import type { QuestionSignals, TrainingOptions } from "./types";
import { buildVocabulary, vectorize, type QuestionWords, type SparseVector, type Vocabulary } from "./vectorize";

export interface LabelledText {
  text: string;
  label: number;
}

export interface Core {
  numClasses: number;
  featureOptions: FeatureOptions;
  indexCharGrams: boolean;
  vocab: Vocabulary;
  softmax: SoftmaxModel;
  index: PhrasingIndex;
  /** The shipped word vectors, when the model uses them (not serialised: a static asset). */
  wordVectors: WordVectors | null;
  pooledWordVectors: boolean;
  /** Per entry, the unit mean of its phrasings' sentence vectors (class-major), or null. */
  centroids: Float32Array | null;
}

export function trainCore(phrasings: LabelledText[], numClasses: number, options: TrainingOptions): Core {
  const raw = phrasings.map((p) => extractFeatures(p.text, options.features));
  const vocab = buildVocabulary(raw);
  const wordVectors = options.wordVectors ? englishWordVectors() : null;
  const examples = raw.map((r, i) => ({
    vector: vectorize(r, vocab, options.features).vector,
    label: (phrasings[i] as LabelledText).label,
    dense: wordVectors ? denseOf(wordVectors, r, options.pooledWordVectors) : undefined,
  }));
  const denseScale = numClasses <= options.denseMaxEntries ? options.softmax.denseScale : 0;
  const softmax = trainSoftmax(examples, vocab.keys.length, numClasses, { ...options.softmax, denseScale }, fullSupportColumns(vocab, raw.length, numClasses, options));
  const indexed = options.indexCharGrams
    ? examples
    : examples.map((e) => ({ vector: withoutCharGrams(e.vector, vocab), label: e.label }));
  const index = buildPhrasingIndex(indexed, vocab.keys.length, numClasses);
  // Centroids use the mean part of the sentence vectors (the first `dimensions` values): the
  // pooled parts add little to this signal and would triple its cost per question.
  const centroids = wordVectors ? buildCentroids(examples, numClasses, wordVectors.dimensions) : null;
  return {
    numClasses,
    featureOptions: options.features,
    indexCharGrams: options.indexCharGrams,
    vocab,
    softmax,
    index,
    wordVectors,
    pooledWordVectors: options.pooledWordVectors,
    centroids,
  };
}

export function questionSignals(core: Core, text: string): QuestionSignals {
  const raw = extractFeatures(text, core.featureOptions);
  const { vector, words } = vectorize(raw, core.vocab, core.featureOptions);
  const dense = core.wordVectors ? denseOf(core.wordVectors, raw, core.pooledWordVectors) : null;
  const probabilities = softmaxLogits(core.softmax, vector, dense);
  softmaxInPlace(probabilities);
  const cosines = nearestPerClass(core.index, core.indexCharGrams ? vector : withoutCharGrams(vector, core.vocab));
  const embeddingCosines =
    dense && core.centroids && core.wordVectors
      ? centroidCosines(core.centroids, dense.subarray(0, core.wordVectors.dimensions), core.numClasses)
      : null;
  let total = 0;
  let known = 0;
  for (let i = 0; i < words.columns.length; i++) {
    total += words.weights[i] as number;
    if ((words.columns[i] as number) >= 0) known += words.weights[i] as number;
  }
  const share = (covered: number) => (total > 0 ? covered / total : 0);
  let coveredPerEntry: Float64Array | undefined;
  const entryWordShare = (entry: number) => {
    coveredPerEntry ??= wordCoverage(core, words);
    return share(coveredPerEntry[entry] as number);
  };
  const knownWordShare = share(known);
  const spread = normalizedEntropy(probabilities);
  return {
    probabilities,
    cosines,
    knownWordShare,
    features: (entry) =>
      calibrationFeatures(
        {
          probabilities,
          cosines,
          knownWordShare,
          entryWordShare: entryWordShare(entry),
          wordCount: words.columns.length,
          embeddingCosines,
          normalizedEntropy: spread,
        },
        entry,
      ),
  };
}

/**
 * Word and bigram columns seen in enough phrasings get a weight for every entry, not only the
 * entries whose phrasings have them: "card" can then count against "transfer money", which
 * restricted support cannot express (CLINC150, blocked holdout of the training split: top-1 92.1%
 * -> 93.3%). The cost is columns x entries weights, so only for knowledge bases of modest size.
 */
function fullSupportColumns(vocab: Vocabulary, phrasings: number, numClasses: number, options: TrainingOptions): Uint8Array | undefined {
  const { maxEntries, minPhrasings, charMinPhrasings } = options.fullSupport;
  if (numClasses > maxEntries || numClasses < 2) return undefined;
  return Uint8Array.from(vocab.groups, (group, column) => {
    const min = group === FeatureGroup.Char ? charMinPhrasings : minPhrasings;
    if (min <= 0) return 0;
    // The vocabulary keeps IDF = ln((1 + n) / (1 + df)) + 1; recover df from it.
    const df = Math.round((1 + phrasings) / Math.exp((vocab.idf[column] as number) - 1) - 1);
    return df >= min ? 1 : 0;
  });
}

function denseOf(wordVectors: WordVectors, raw: RawFeatures, pooled: boolean): Float32Array {
  return sentenceVector(wordVectors, raw.tokens.words, raw.tokens.stems, pooled);
}

function buildCentroids(examples: Array<{ label: number; dense?: Float32Array }>, numClasses: number, dims: number): Float32Array {
  const centroids = new Float32Array(numClasses * dims);
  for (const { label, dense } of examples) {
    if (!dense) continue;
    for (let d = 0; d < dims; d++) centroids[label * dims + d] = (centroids[label * dims + d] as number) + (dense[d] as number);
  }
  for (let c = 0; c < numClasses; c++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += (centroids[c * dims + d] as number) ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dims; d++) centroids[c * dims + d] = (centroids[c * dims + d] as number) * scale;
  }
  return centroids;
}

function centroidCosines(centroids: Float32Array, dense: Float32Array, numClasses: number): Float64Array {
  const dims = dense.length;
  let norm = 0;
  for (const v of dense) norm += v * v;
  const out = new Float64Array(numClasses);
  if (norm === 0) return out;
  const inv = 1 / Math.sqrt(norm);
  for (let c = 0; c < numClasses; c++) {
    let sum = 0;
    for (let d = 0, k = c * dims; d < dims; d++, k++) sum += (centroids[k] as number) * (dense[d] as number);
    out[c] = sum * inv;
  }
  return out;
}

/**
 * Per entry, the IDF weight of the question's words that its phrasings contain, read from the
 * phrasing index's postings (the classifier's support no longer tells: see fullSupportColumns).
 */
function wordCoverage(core: Core, words: QuestionWords): Float64Array {
  const covered = new Float64Array(core.numClasses);
  const { softmax, index } = core;
  const stamp = new Int32Array(core.numClasses).fill(-1);
  for (let i = 0; i < words.columns.length; i++) {
    const column = words.columns[i] as number;
    if (column < 0) continue;
    const weight = words.weights[i] as number;
    // A feature with no support at all was dropped as too common (maxClassesPerFeature): count it as seen.
    if (softmax.featureStart[column + 1] === softmax.featureStart[column]) {
      for (let c = 0; c < core.numClasses; c++) covered[c] = (covered[c] as number) + weight;
      continue;
    }
    for (let k = index.postingStart[column] as number, end = index.postingStart[column + 1] as number; k < end; k++) {
      const c = index.docClass[index.postingDoc[k] as number] as number;
      if (stamp[c] === i) continue;
      stamp[c] = i;
      covered[c] = (covered[c] as number) + weight;
    }
  }
  return covered;
}

/** The word and bigram part of a vector, unit length again. */
function withoutCharGrams(vector: SparseVector, vocab: Vocabulary): SparseVector {
  const keep: number[] = [];
  let norm = 0;
  for (let j = 0; j < vector.idx.length; j++) {
    if (vocab.groups[vector.idx[j] as number] === FeatureGroup.Char) continue;
    keep.push(j);
    norm += (vector.val[j] as number) ** 2;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return {
    idx: Int32Array.from(keep, (j) => vector.idx[j] as number),
    val: Float32Array.from(keep, (j) => (vector.val[j] as number) * scale),
  };
}

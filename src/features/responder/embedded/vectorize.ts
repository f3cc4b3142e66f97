// The vocabulary of a knowledge base (hashed feature -> column, with its IDF) and the TF-IDF
// vectors built with it: sublinear term frequency, each feature group scaled to its weight, the
// whole vector unit length so a dot product is a cosine.
import { FEATURE_GROUPS, type FeatureOptions, type RawFeatures } from "./features";

export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

export interface Vocabulary {
  /** Hashed key of each column. */
  keys: Uint32Array;
  groups: Uint8Array;
  idf: Float32Array;
  lookup: Map<number, number>;
  /** IDF given to a word never seen in the knowledge base. */
  unseenIdf: number;
}

/** The question's words (unigrams): their column, -1 when never seen, and IDF weight. */
export interface QuestionWords {
  columns: Int32Array;
  weights: Float64Array;
}

export interface Vectorized {
  vector: SparseVector;
  words: QuestionWords;
}

export function buildVocabulary(docs: RawFeatures[]): Vocabulary {
  const lookup = new Map<number, number>();
  const keys: number[] = [];
  const groups: number[] = [];
  const df: number[] = [];
  for (const doc of docs) {
    const seen = new Set<number>();
    for (let i = 0; i < doc.keys.length; i++) {
      const key = doc.keys[i] as number;
      if (seen.has(key)) continue;
      seen.add(key);
      let column = lookup.get(key);
      if (column === undefined) {
        column = keys.length;
        lookup.set(key, column);
        keys.push(key);
        groups.push(doc.groups[i] as number);
        df.push(0);
      }
      df[column] = (df[column] as number) + 1;
    }
  }
  const n = docs.length;
  const idf = Float32Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1);
  return { keys: Uint32Array.from(keys), groups: Uint8Array.from(groups), idf, lookup, unseenIdf: Math.log(1 + n) + 1 };
}

export function restoreVocabulary(keys: Uint32Array, groups: Uint8Array, idf: Float32Array, unseenIdf: number): Vocabulary {
  const lookup = new Map<number, number>();
  keys.forEach((key, column) => lookup.set(key, column));
  return { keys, groups, idf, lookup, unseenIdf };
}

export function vectorize(raw: RawFeatures, vocab: Vocabulary, options: FeatureOptions): Vectorized {
  const counts = new Map<number, number>();
  for (const key of raw.keys) {
    const column = vocab.lookup.get(key);
    if (column !== undefined) counts.set(column, (counts.get(column) ?? 0) + 1);
  }
  const idx = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const val = new Float32Array(idx.length);
  const groupNorms = new Float64Array(FEATURE_GROUPS);
  for (let i = 0; i < idx.length; i++) {
    const column = idx[i] as number;
    const value = (1 + Math.log(counts.get(column) as number)) * (vocab.idf[column] as number);
    val[i] = value;
    const group = vocab.groups[column] as number;
    groupNorms[group] = (groupNorms[group] as number) + value * value;
  }
  const scale = Array.from(groupNorms, (sq, group) => (sq > 0 ? (options.groupWeights[group] ?? 0) / Math.sqrt(sq) : 0));
  let total = 0;
  for (let i = 0; i < idx.length; i++) {
    const value = (val[i] as number) * (scale[vocab.groups[idx[i] as number] as number] as number);
    val[i] = value;
    total += value * value;
  }
  if (total > 0) {
    const inv = 1 / Math.sqrt(total);
    for (let i = 0; i < val.length; i++) val[i] = (val[i] as number) * inv;
  }
  return { vector: { idx, val }, words: questionWords(raw.wordKeys, vocab) };
}

function questionWords(wordKeys: number[], vocab: Vocabulary): QuestionWords {
  const columns = new Int32Array(wordKeys.length);
  const weights = new Float64Array(wordKeys.length);
  wordKeys.forEach((key, i) => {
    const column = vocab.lookup.get(key);
    columns[i] = column ?? -1;
    weights[i] = column === undefined ? vocab.unseenIdf : (vocab.idf[column] as number);
  });
  return { columns, weights };
}

// A bridge for words the knowledge base never uses: "can you speak arabic" against entries that
// only say "spanish" and "french". An unknown question word that has a word vector lends the
// classifier the word feature of its nearest knowledge-base word, when they are close enough.
// Calibration signals still see the original words, so an unknown word still lowers confidence.
import type { WordVectors } from "./embeddings";
import { FeatureGroup, hashKey, type RawFeatures } from "./features";
import type { Vocabulary } from "./vectorize";

export interface WordBridge {
  /** Word-vector row of each knowledge-base word that has one. */
  rows: Int32Array;
  /** The vocabulary column of that word's unigram feature. */
  columns: Int32Array;
  /** Unit word vectors of those rows (rebuilt on load, not serialised). */
  unit: Float32Array;
}

export function buildWordBridge(raws: RawFeatures[], vocab: Vocabulary, vectors: WordVectors): WordBridge {
  const byRow = new Map<number, number>();
  for (const raw of raws) {
    raw.tokens.words.forEach((word, i) => {
      const stem = raw.tokens.stems[i] ?? word;
      const row = vectors.rows.get(word) ?? vectors.rows.get(stem);
      const column = vocab.lookup.get(hashKey(FeatureGroup.Word, stem));
      if (row !== undefined && column !== undefined && !byRow.has(row)) byRow.set(row, column);
    });
  }
  const rows = Int32Array.from(byRow.keys());
  return restoreWordBridge(rows, Int32Array.from(byRow.values()), vectors);
}

export function restoreWordBridge(rows: Int32Array, columns: Int32Array, vectors: WordVectors): WordBridge {
  const d = vectors.dimensions;
  const unit = new Float32Array(rows.length * d);
  rows.forEach((row, i) => unitVector(vectors, row, unit, i * d));
  return { rows, columns, unit };
}

/** The question's features plus, for each unknown word, its nearest knowledge-base word's unigram. */
export function bridgeUnknownWords(
  raw: RawFeatures,
  vocab: Vocabulary,
  bridge: WordBridge,
  vectors: WordVectors,
  minSimilarity: number,
): RawFeatures {
  const d = vectors.dimensions;
  const query = new Float32Array(d);
  let keys: number[] | null = null;
  raw.tokens.words.forEach((word, i) => {
    if (vocab.lookup.has(raw.wordKeys[i] as number)) return;
    const row = vectors.rows.get(word) ?? vectors.rows.get(raw.tokens.stems[i] ?? word);
    if (row === undefined) return;
    unitVector(vectors, row, query, 0);
    let best = -1;
    let bestSimilarity = minSimilarity;
    for (let k = 0; k < bridge.rows.length; k++) {
      let dot = 0;
      for (let j = 0, at = k * d; j < d; j++, at++) dot += (bridge.unit[at] as number) * (query[j] as number);
      if (dot > bestSimilarity) {
        bestSimilarity = dot;
        best = k;
      }
    }
    if (best < 0) return;
    keys ??= [...raw.keys];
    keys.push(vocab.keys[bridge.columns[best] as number] as number);
  });
  if (keys === null) return raw;
  const added = (keys as number[]).length - raw.keys.length;
  return { ...raw, keys, groups: [...raw.groups, ...new Array<FeatureGroup>(added).fill(FeatureGroup.Word)] };
}

function unitVector(vectors: WordVectors, row: number, out: Float32Array, offset: number): void {
  const d = vectors.dimensions;
  let norm = 0;
  for (let j = 0; j < d; j++) norm += (vectors.values[row * d + j] as number) ** 2;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let j = 0; j < d; j++) out[offset + j] = (vectors.values[row * d + j] as number) * scale;
}

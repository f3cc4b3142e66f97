// English word vectors (GloVe 6B, 100 dimensions, the 50,000 most frequent words, int8) shipped
// with the responder, so that "speak arabic" can meet "talk in spanish" without a network call.
// Knowledge bases in other languages find few of their words here and rely on the lexical model;
// the sentence vector is scaled by how many of its words were found, so that does no harm.
import { readFileSync } from "node:fs";

const MAGIC = 0x424d4542; // "BEMB"
const VERSION = 1;
// SIF-style weight rank / (rank + RANK_SMOOTHING): "the" counts ~1%, a word of rank 1,000 ~90%.
const RANK_SMOOTHING = 100;

export interface WordVectors {
  dimensions: number;
  /** Word -> row; rows are in frequency order, so the row is the word's rank. */
  rows: Map<string, number>;
  scales: Float32Array;
  values: Int8Array;
}

export function encodeEmbeddings(words: string[], vectors: number[][], dimensions: number): Buffer {
  const n = words.length;
  const header = new Uint32Array([MAGIC, VERSION, n, dimensions]);
  const scales = new Float32Array(n);
  const values = new Int8Array(n * dimensions);
  vectors.forEach((vector, row) => {
    const maxAbs = Math.max(...vector.map(Math.abs), 1e-12);
    scales[row] = maxAbs / 127;
    for (let d = 0; d < dimensions; d++) values[row * dimensions + d] = Math.round(((vector[d] ?? 0) / maxAbs) * 127);
  });
  return Buffer.concat([
    Buffer.from(header.buffer),
    Buffer.from(scales.buffer),
    Buffer.from(values.buffer),
    Buffer.from(words.join("\n"), "utf8"),
  ]);
}

export function decodeEmbeddings(bytes: Uint8Array): WordVectors {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const [magic, version, n = 0, dimensions = 0] = new Uint32Array(buffer, 0, 4);
  if (magic !== MAGIC || version !== VERSION) throw new Error("word vectors: unknown file format");
  const scales = new Float32Array(buffer, 16, n);
  const values = new Int8Array(buffer, 16 + 4 * n, n * dimensions);
  const words = new TextDecoder().decode(new Uint8Array(buffer, 16 + 4 * n + n * dimensions)).split("\n");
  if (words.length !== n) throw new Error("word vectors: truncated file");
  return { dimensions, rows: new Map(words.map((word, row) => [word, row])), scales, values };
}

/** Length of a sentence vector built from these word vectors. */
export function sentenceDimensions(vectors: WordVectors, pooled: boolean): number {
  return pooled ? 3 * vectors.dimensions : vectors.dimensions;
}

let english: WordVectors | null | undefined;

/** The shipped English vectors, read once per process; null if the file is missing. */
export function englishWordVectors(): WordVectors | null {
  if (english === undefined) {
    try {
      english = decodeEmbeddings(readFileSync(new URL("./data/en-glove-100d.bin", import.meta.url)));
    } catch {
      english = null;
    }
  }
  return english;
}

/**
 * A sentence vector: the rank-weighted mean of its words' vectors, then the element-wise max and
 * min over its content words ("power means", which carry what an average washes out), each part
 * unit length and scaled by the weighted share of its words that have a vector (so mostly
 * unknown text stays near zero). `words` are normalised surface words; `stems` the fallback
 * when a surface form is missing. Without `pooled`, only the mean.
 */
export function sentenceVector(vectors: WordVectors, words: string[], stems: string[], pooled: boolean): Float32Array {
  const { dimensions, rows, scales, values } = vectors;
  const sum = new Float64Array(dimensions);
  const max = new Float64Array(dimensions).fill(-Infinity);
  const min = new Float64Array(dimensions).fill(Infinity);
  let found = 0;
  let total = 0;
  let poolCount = 0;
  words.forEach((word, i) => {
    const row = rows.get(word) ?? rows.get(stems[i] ?? word);
    // Unknown words weigh like rare ones in the coverage share.
    const weight = row === undefined ? 1 : row / (row + RANK_SMOOTHING);
    total += weight;
    if (row === undefined) return;
    found += weight;
    const pool = row >= POOL_MIN_RANK;
    if (pool) poolCount++;
    const scale = scales[row] as number;
    for (let d = 0, at = row * dimensions; d < dimensions; d++, at++) {
      const value = (values[at] as number) * scale;
      sum[d] = (sum[d] as number) + value * weight;
      if (pool) {
        if (value > (max[d] as number)) max[d] = value;
        if (value < (min[d] as number)) min[d] = value;
      }
    }
  });
  const out = new Float32Array(sentenceDimensions(vectors, pooled));
  if (found === 0) return out;
  const coverage = found / total;
  place(out, 0, sum, coverage);
  if (pooled && poolCount > 0) {
    place(out, dimensions, max, coverage);
    place(out, 2 * dimensions, min, coverage);
  }
  return out;
}

// Words this frequent ("the", "is", "my") take part in the mean, weighted down, but not in max/min.
const POOL_MIN_RANK = 150;

function place(out: Float32Array, offset: number, part: Float64Array, coverage: number): void {
  let norm = 0;
  for (const value of part) norm += value * value;
  if (norm === 0) return;
  const scale = coverage / Math.sqrt(norm);
  for (let d = 0; d < part.length; d++) out[offset + d] = (part[d] as number) * scale;
}

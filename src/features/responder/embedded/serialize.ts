// A trained model as plain JSON (typed arrays as base64), so one web process trains it and the
// others load it from the cache (Redis or Postgres) instead of training again.
import { z } from "zod";
import type { Core } from "./core";
import type { Classifier } from "./classify";
import { englishWordVectors, sentenceDimensions } from "./embeddings";
import { restoreVocabulary } from "./vectorize";

const FORMAT = "baton-embedded-kb";
// 2: the calibrator reads ln(p) relative to a uniform guess and the entropy (calibrate.ts), so a
// version-1 calibrator would misread its signals; such a cached model is retrained.
const VERSION = 2;
const WORD_VECTORS = "en-glove-100d-50k-int8";

const ZBase64 = z.string();
export const ZSerializedKnowledgeModel = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  entryIds: z.array(z.string()),
  featureOptions: z.object({
    charMin: z.number().int().positive(),
    charMax: z.number().int().positive(),
    groupWeights: z.tuple([z.number(), z.number(), z.number()]),
  }),
  indexCharGrams: z.boolean(),
  vocab: z.object({ keys: ZBase64, groups: ZBase64, idf: ZBase64, unseenIdf: z.number() }),
  softmax: z.object({
    featureStart: ZBase64,
    featureClass: ZBase64,
    weights: ZBase64,
    dense: ZBase64.nullable(),
    denseDimensions: z.number().int().nonnegative(),
    denseScale: z.number(),
  }),
  /** Which shipped word vectors the model was trained with (they are not in the JSON). */
  wordVectors: z.literal(WORD_VECTORS).nullable(),
  pooledWordVectors: z.boolean(),
  centroids: ZBase64.nullable(),
  index: z.object({ docClass: ZBase64, postingStart: ZBase64, postingDoc: ZBase64, postingVal: ZBase64 }),
  calibrator: z.object({ weights: z.array(z.number()), bias: z.number() }),
});
export type SerializedKnowledgeModel = z.infer<typeof ZSerializedKnowledgeModel>;

export function serializeClassifier({ entryIds, core, calibrator }: Classifier): SerializedKnowledgeModel {
  return {
    format: FORMAT,
    version: VERSION,
    entryIds,
    featureOptions: core.featureOptions,
    indexCharGrams: core.indexCharGrams,
    vocab: {
      keys: encode(core.vocab.keys),
      groups: encode(core.vocab.groups),
      idf: encode(core.vocab.idf),
      unseenIdf: core.vocab.unseenIdf,
    },
    softmax: {
      featureStart: encode(core.softmax.featureStart),
      featureClass: encode(core.softmax.featureClass),
      weights: encode(core.softmax.weights),
      dense: core.softmax.dense ? encode(core.softmax.dense) : null,
      denseDimensions: core.softmax.denseDimensions,
      denseScale: core.softmax.denseScale,
    },
    wordVectors: core.wordVectors ? WORD_VECTORS : null,
    pooledWordVectors: core.pooledWordVectors,
    centroids: core.centroids ? encode(core.centroids) : null,
    index: {
      docClass: encode(core.index.docClass),
      postingStart: encode(core.index.postingStart),
      postingDoc: encode(core.index.postingDoc),
      postingVal: encode(core.index.postingVal),
    },
    calibrator,
  };
}

/** Throws on anything that is not a model of this format version (the caller then retrains). */
export function deserializeClassifier(input: unknown): Classifier {
  const json = ZSerializedKnowledgeModel.parse(typeof input === "string" ? JSON.parse(input) : input);
  const numClasses = json.entryIds.length;
  const keys = decode(json.vocab.keys, Uint32Array);
  const vocab = restoreVocabulary(keys, decode(json.vocab.groups, Uint8Array), decode(json.vocab.idf, Float32Array), json.vocab.unseenIdf);
  const docClass = decode(json.index.docClass, Int32Array);
  const wordVectors = json.wordVectors ? englishWordVectors() : null;
  if (json.wordVectors && !wordVectors) throw new Error("embedded knowledge model: the word vectors file is missing");
  const dense = json.softmax.dense === null ? null : decode(json.softmax.dense, Float32Array);
  const centroids = json.centroids === null ? null : decode(json.centroids, Float32Array);
  const core: Core = {
    numClasses,
    featureOptions: json.featureOptions,
    indexCharGrams: json.indexCharGrams,
    vocab,
    softmax: {
      numClasses,
      featureStart: decode(json.softmax.featureStart, Int32Array),
      featureClass: decode(json.softmax.featureClass, Int32Array),
      weights: decode(json.softmax.weights, Float32Array),
      dense,
      denseDimensions: json.softmax.denseDimensions,
      denseScale: json.softmax.denseScale,
    },
    index: {
      numClasses,
      numDocs: docClass.length,
      docClass,
      postingStart: decode(json.index.postingStart, Int32Array),
      postingDoc: decode(json.index.postingDoc, Int32Array),
      postingVal: decode(json.index.postingVal, Float32Array),
    },
    wordVectors,
    pooledWordVectors: json.pooledWordVectors,
    centroids,
  };
  const sentenceSize = wordVectors ? sentenceDimensions(wordVectors, json.pooledWordVectors) : -1;
  const sizes = [
    [vocab.groups.length, keys.length],
    [vocab.idf.length, keys.length],
    [core.softmax.featureStart.length, keys.length + 1],
    [core.softmax.weights.length, core.softmax.featureClass.length],
    [core.index.postingStart.length, keys.length + 1],
    [core.index.postingVal.length, core.index.postingDoc.length],
    [dense?.length ?? 0, dense ? numClasses * json.softmax.denseDimensions : 0],
    [json.softmax.denseDimensions, dense ? sentenceSize : 0],
    [centroids?.length ?? 0, centroids ? numClasses * (wordVectors?.dimensions ?? -1) : 0],
  ];
  if (sizes.some(([actual, expected]) => actual !== expected)) throw new Error("embedded knowledge model: inconsistent array sizes");
  return { entryIds: json.entryIds, core, calibrator: json.calibrator };
}

type TypedArray = Uint8Array | Uint32Array | Int32Array | Float32Array;

function encode(array: TypedArray): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64");
}

function decode<T extends TypedArray>(base64: string, Kind: { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number }): T {
  const bytes = Buffer.from(base64, "base64");
  if (bytes.byteLength % Kind.BYTES_PER_ELEMENT !== 0) throw new Error("embedded knowledge model: truncated array");
  // Copy into a fresh, aligned buffer: a Buffer may share a pool at any offset.
  const buffer = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(buffer).set(bytes);
  return new Kind(buffer);
}

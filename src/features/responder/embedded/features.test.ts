import { describe, expect, it } from "vitest";
import { DEFAULT_FEATURE_OPTIONS, extractFeatures, FeatureGroup, hashKey } from "./features";
import { buildVocabulary, vectorize } from "./vectorize";

describe("extractFeatures", () => {
  it("has word, bigram and character n-gram features", () => {
    const raw = extractFeatures("Refund policy", DEFAULT_FEATURE_OPTIONS);
    expect(raw.keys).toContain(hashKey(FeatureGroup.Word, "refund"));
    expect(raw.keys).toContain(hashKey(FeatureGroup.Bigram, "refund policy"));
    expect(raw.keys).toContain(hashKey(FeatureGroup.Bigram, "^ refund"));
    expect(raw.keys).toContain(hashKey(FeatureGroup.Char, "<re"));
    expect(raw.keys).toContain(hashKey(FeatureGroup.Char, "icy>"));
    expect(raw.wordKeys).toEqual([hashKey(FeatureGroup.Word, "refund"), hashKey(FeatureGroup.Word, "policy")]);
  });

  it("keeps groups apart in the hash", () => {
    expect(hashKey(FeatureGroup.Word, "ab")).not.toBe(hashKey(FeatureGroup.Char, "ab"));
  });

  it("gives CJK characters word and bigram features", () => {
    const raw = extractFeatures("退款", DEFAULT_FEATURE_OPTIONS);
    expect(raw.keys).toContain(hashKey(FeatureGroup.Word, "退"));
    expect(raw.keys).toContain(hashKey(FeatureGroup.Bigram, "退 款"));
  });
});

describe("vectorize", () => {
  const docs = ["where is my order", "refund my order", "opening hours"].map((t) => extractFeatures(t, DEFAULT_FEATURE_OPTIONS));
  const vocab = buildVocabulary(docs);

  it("builds unit-length vectors over the known features only", () => {
    const { vector } = vectorize(extractFeatures("where is my parcel", DEFAULT_FEATURE_OPTIONS), vocab, DEFAULT_FEATURE_OPTIONS);
    const norm = Math.sqrt(vector.val.reduce((sum, v) => sum + v * v, 0));
    expect(norm).toBeCloseTo(1, 5);
    for (const column of vector.idx) expect(column).toBeLessThan(vocab.keys.length);
  });

  it("marks unseen words with column -1", () => {
    const { words } = vectorize(extractFeatures("my parcel", DEFAULT_FEATURE_OPTIONS), vocab, DEFAULT_FEATURE_OPTIONS);
    expect(words.columns[0]).toBeGreaterThanOrEqual(0);
    expect(words.columns[1]).toBe(-1);
    expect(words.weights[1]).toBe(vocab.unseenIdf);
  });

  it("gives an empty vector for an empty text", () => {
    const { vector } = vectorize(extractFeatures("", DEFAULT_FEATURE_OPTIONS), vocab, DEFAULT_FEATURE_OPTIONS);
    expect(vector.idx.length).toBe(0);
  });
});

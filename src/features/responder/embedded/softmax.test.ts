import { describe, expect, it } from "vitest";
import { pace, softmaxInPlace, softmaxLogits, trainSoftmax, DEFAULT_SOFTMAX_OPTIONS } from "./softmax";
import type { SparseVector } from "./vectorize";

const vec = (pairs: Array<[number, number]>): SparseVector => ({
  idx: Int32Array.from(pairs.map(([i]) => i)),
  val: Float32Array.from(pairs.map(([, v]) => v)),
});

// Features 0-1 mean class 0, 2-3 class 1, 4-5 class 2; feature 6 is in every class.
const examples = [
  { vector: vec([[0, 0.7], [6, 0.7]]), label: 0 },
  { vector: vec([[1, 0.7], [6, 0.7]]), label: 0 },
  { vector: vec([[2, 0.7], [6, 0.7]]), label: 1 },
  { vector: vec([[3, 0.7], [6, 0.7]]), label: 1 },
  { vector: vec([[4, 0.7], [6, 0.7]]), label: 2 },
  { vector: vec([[5, 1]]), label: 2 },
];

describe("trainSoftmax", () => {
  const model = trainSoftmax(examples, 7, 3, DEFAULT_SOFTMAX_OPTIONS);
  const probabilities = (vector: SparseVector) => {
    const p = softmaxLogits(model, vector, null);
    softmaxInPlace(p);
    return [...p];
  };

  it("learns which class each feature points to", () => {
    for (const [feature, label] of [[0, 0], [3, 1], [5, 2]] as const) {
      const p = probabilities(vec([[feature, 1]]));
      expect(p.indexOf(Math.max(...p))).toBe(label);
    }
  });

  it("gives a question with no known feature a uniform distribution", () => {
    for (const p of probabilities(vec([]))) expect(p).toBeCloseTo(1 / 3, 6);
  });

  it("only keeps weights for features seen in a class's own examples", () => {
    // Feature 0 only appears in class 0; feature 6 in all three.
    expect(model.featureStart[1]! - model.featureStart[0]!).toBe(1);
    expect(model.featureStart[7]! - model.featureStart[6]!).toBe(3);
  });

  it("drops features seen in more classes than maxClassesPerFeature", () => {
    const capped = trainSoftmax(examples, 7, 3, { ...DEFAULT_SOFTMAX_OPTIONS, maxClassesPerFeature: 2 });
    expect(capped.featureStart[7]! - capped.featureStart[6]!).toBe(0);
  });

  it("is deterministic for a seed", () => {
    expect(trainSoftmax(examples, 7, 3, DEFAULT_SOFTMAX_OPTIONS).weights).toEqual(model.weights);
  });
});

describe("trainSoftmax with full support", () => {
  // Feature 0 is only in class 0's examples; with full support it can also weigh on classes 1 and 2.
  const restricted = trainSoftmax(examples, 7, 3, DEFAULT_SOFTMAX_OPTIONS);
  const full = trainSoftmax(examples, 7, 3, DEFAULT_SOFTMAX_OPTIONS, Uint8Array.from([1, 0, 0, 0, 0, 0, 0]));
  const span = (model: typeof full, feature: number) => (model.featureStart[feature + 1] as number) - (model.featureStart[feature] as number);

  it("gives a marked feature a weight for every class, and learns that it counts against the others", () => {
    expect(span(restricted, 0)).toBe(1);
    expect(span(full, 0)).toBe(3);
    const start = full.featureStart[0] as number;
    const weights = [...full.weights.subarray(start, start + 3)];
    expect(weights[0]).toBeGreaterThan(0);
    expect(weights[1]).toBeLessThan(0);
    expect(weights[2]).toBeLessThan(0);
    expect(span(full, 2)).toBe(span(restricted, 2));
  });
});

describe("pace", () => {
  it("keeps the full step and only the speed skip for entries with few phrasings", () => {
    for (const phrasings of [1, 4, DEFAULT_SOFTMAX_OPTIONS.fullStepPhrasings]) {
      expect(pace(DEFAULT_SOFTMAX_OPTIONS, phrasings)).toEqual({
        learningRate: DEFAULT_SOFTMAX_OPTIONS.learningRate,
        skipGradient: DEFAULT_SOFTMAX_OPTIONS.skipGradient,
      });
    }
  });

  it("shrinks the step as 1/sqrt(phrasings) and widens the margin for entries with many", () => {
    const { fullStepPhrasings, learningRate, margin } = DEFAULT_SOFTMAX_OPTIONS;
    const many = pace(DEFAULT_SOFTMAX_OPTIONS, 100);
    expect(many.learningRate).toBeCloseTo(learningRate * Math.sqrt(fullStepPhrasings / 100), 6);
    expect(many.skipGradient).toBeGreaterThan(DEFAULT_SOFTMAX_OPTIONS.skipGradient);
    expect(many.skipGradient).toBeLessThan(margin);
    expect(pace(DEFAULT_SOFTMAX_OPTIONS, 400).learningRate).toBeLessThan(many.learningRate);
  });
});

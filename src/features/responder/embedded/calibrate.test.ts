import { describe, expect, it } from "vitest";
import { applyCalibrator, fitCalibrator, type CalibrationFeatures, type CalibrationRow } from "./calibrate";
import { mulberry32 } from "./softmax";

const prior = { weights: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], bias: 0 };
const features = (x: number): CalibrationFeatures => [x, 0, 0, 0, 0, 0, 0, 0, 0, 0];

describe("fitCalibrator", () => {
  // Rows where P(correct) = sigmoid(2x - 1), the model the calibrator should recover.
  const random = mulberry32(3);
  const rows: CalibrationRow[] = Array.from({ length: 4000 }, () => {
    const x = random() * 4 - 2;
    return { features: features(x), correct: random() < 1 / (1 + Math.exp(-(2 * x - 1))), weight: 1 };
  });

  it("recovers the probability of being right from held-out rows", () => {
    const calibrator = fitCalibrator(rows, prior, 1);
    expect(calibrator.weights[0]).toBeCloseTo(2, 0);
    expect(calibrator.bias).toBeCloseTo(-1, 0);
    expect(applyCalibrator(calibrator, features(0.5))).toBeCloseTo(0.5, 1);
  });

  it("stays at the prior when there are few rows", () => {
    const strongPrior = { weights: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0], bias: 0 };
    const calibrator = fitCalibrator(rows.slice(0, 3), strongPrior, 1000);
    expect(calibrator.weights[0]).toBeCloseTo(1, 1);
  });

  it("honours row weights", () => {
    const ones = [{ features: features(0), correct: true, weight: 3 }, { features: features(0), correct: false, weight: 1 }];
    expect(applyCalibrator(fitCalibrator(ones, prior, 1e-6), features(0))).toBeCloseTo(0.75, 3);
  });
});

import { describe, expect, it } from "vitest";
import { formatDuration, formatRate } from "./analytics-format";
import { presetRange } from "./date-range";

describe("analytics display helpers", () => {
  it("formats durations and rates", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(42.4)).toBe("42 s");
    expect(formatDuration(200)).toBe("3 m 20 s");
    expect(formatDuration(7500)).toBe("2 h 5 m");
    expect(formatRate(0.4567)).toBe("45.7%");
  });

  it("computes presets ending today, both ends included", () => {
    expect(presetRange("7d", "2026-03-10")).toEqual({ from: "2026-03-04", to: "2026-03-10" });
    expect(presetRange("month", "2026-03-10")).toEqual({ from: "2026-03-01", to: "2026-03-10" });
    expect(presetRange("90d", "2026-03-10")).toEqual({ from: "2025-12-11", to: "2026-03-10" });
  });
});

import { describe, expect, it } from "vitest";
import { dayLabel, duration, relativeTime } from "./format-time";

// Local noon, so "today" and "yesterday" hold in any time zone the tests run in.
const NOW = new Date(2025, 2, 10, 12).getTime();
const ago = (ms: number) => new Date(NOW - ms).toISOString();

describe("relativeTime", () => {
  it.each([
    [10_000, "now"],
    [5 * 60_000, "5m"],
    [3 * 3_600_000, "3h"],
    [2 * 86_400_000, "2d"],
  ])("%i ms ago is %s", (ms, expected) => {
    expect(relativeTime(ago(ms), NOW)).toBe(expected);
  });

  it("shows a date after a week", () => {
    expect(relativeTime("2025-02-01T12:00:00Z", NOW)).toBe("Feb 1");
  });

  it("treats a clock slightly ahead of ours as now", () => {
    expect(relativeTime(new Date(NOW + 5000).toISOString(), NOW)).toBe("now");
  });
});

describe("duration", () => {
  it.each([
    [40_000, "40s"],
    [4 * 60_000, "4m"],
    [65 * 60_000, "1h 5m"],
    [2 * 3_600_000, "2h"],
    [51 * 3_600_000, "2d 3h"],
  ])("%i ms is %s", (ms, expected) => {
    expect(duration(ago(ms), NOW)).toBe(expected);
  });
});

describe("dayLabel", () => {
  it("names today and yesterday", () => {
    expect(dayLabel(new Date(NOW - 60_000).toISOString(), NOW)).toBe("Today");
    expect(dayLabel(new Date(NOW - 86_400_000).toISOString(), NOW)).toBe("Yesterday");
  });
});

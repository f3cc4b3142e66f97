import { describe, expect, it } from "vitest";
import { SessionError, refreshDelayMs, retryDelayMs } from "./session";

describe("session timing", () => {
  it("refreshes two minutes before expiry, but not sooner than ten seconds", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(refreshDelayMs("2026-01-01T01:00:00Z", now)).toBe(58 * 60_000);
    expect(refreshDelayMs("2026-01-01T00:01:00Z", now)).toBe(10_000);
    expect(refreshDelayMs("garbage", now)).toBe(60_000);
  });

  it("backs off on failures, honours Retry-After and gives up on refusals", () => {
    expect([0, 1, 2, 10].map((attempt) => retryDelayMs(new TypeError("network"), attempt))).toEqual([2000, 4000, 8000, 60_000]);
    expect(retryDelayMs(new SessionError("slow down", 429, 7), 0)).toBe(7000);
    expect(retryDelayMs(new SessionError("origin", 403, null), 0)).toBeNull();
    expect(retryDelayMs(new SessionError("unknown key", 404, null), 0)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { estimateWaitSecs } from "./wait-estimate";

const claim = (waitSecs: number) => ({ createdAt: new Date(0), claimedAt: new Date(waitSecs * 1000) });

describe("estimateWaitSecs", () => {
  it("has no estimate with too little history", () => expect(estimateWaitSecs([claim(30), claim(40)])).toBeNull());
  it("uses the median rounded to minutes, at least one minute", () => {
    expect(estimateWaitSecs([claim(100), claim(200), claim(3000)])).toBe(180);
    expect(estimateWaitSecs([claim(5), claim(10), claim(20)])).toBe(60);
  });
});

import { describe, expect, it } from "vitest";
import { agent, bot, view, visitor } from "../test-helpers";
import { detectLowConfidence } from "./low-confidence";

const fallback = (c: number) => bot("Sorry, I couldn't find an answer to that.", c);

describe("detectLowConfidence", () => {
  it("fires after two consecutive answers under 0.4 while the visitor keeps asking", () => {
    const hit = detectLowConfidence(view([visitor("is the pool heated?"), fallback(0.35), visitor("open in January?"), fallback(0.3), visitor("what about the sauna then?")]));
    expect(hit?.details?.confidences).toEqual([0.3, 0.35]);
  });

  it("does not fire when only one of the last two answers was unsure and the next question is an ordinary FAQ", () => {
    const v = view([visitor("bonsai maples?"), fallback(0.3), visitor("regular maples?"), bot("Yes, from £29.99.", 0.86), visitor("do you deliver to Cardiff?")]);
    expect(detectLowConfidence(v)).toBeNull();
    expect(detectLowConfidence(view([visitor("a store in Leeds?"), fallback(0.25), visitor("ok no worries. how long does standard delivery take?")]))).toBeNull();
  });

  it("fires after one fallback when the question needs the visitor's own data", () => {
    const v = view([visitor("Is my hotel in Lisbon confirmed?"), fallback(0.27), visitor("which room type did your team actually reserve for me?")]);
    expect(detectLowConfidence(v)?.details?.staffOnlyQuestion).toBe(true);
    expect(detectLowConfidence(v, { fallbackThenStaffQuestion: false })).toBeNull();
  });

  it("lets a visitor who gives up politely go", () => {
    expect(detectLowConfidence(view([visitor("kids club?"), fallback(0.3), visitor("a crib?"), fallback(0.2), visitor("ok never mind, thanks anyway!")]))).toBeNull();
  });

  it("restarts the streak when an agent spoke in between", () => {
    expect(detectLowConfidence(view([visitor("a?"), fallback(0.3), agent("Hi, Sara here."), visitor("b?"), fallback(0.2), visitor("c?")]))).toBeNull();
  });

  it("uses the rule's threshold and count", () => {
    const v = view([visitor("a?"), fallback(0.5), visitor("b?"), fallback(0.45), visitor("c?")]);
    expect(detectLowConfidence(v)).toBeNull();
    expect(detectLowConfidence(v, { threshold: 0.6 })).not.toBeNull();
    expect(detectLowConfidence(view([visitor("a?"), fallback(0.3), visitor("b?")]), { consecutive: 1 })).not.toBeNull();
  });
});

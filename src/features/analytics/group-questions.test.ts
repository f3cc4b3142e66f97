import { describe, expect, it } from "vitest";
import { groupQuestions, type QuestionInput } from "./group-questions";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 10, minute));
const q = (question: string, minute: number, answer: string | null = null): QuestionInput => ({ question, answer, askedAt: at(minute), source: "low_confidence" });

describe("groupQuestions", () => {
  it("puts rewordings of one question together and keeps different questions apart", () => {
    const groups = groupQuestions([
      q("Do you ship to Canada?", 9),
      q("Can you ship my order to Canada", 8, "Yes, in 5-7 days."),
      q("What is your warranty on the jackets?", 7),
      q("do you ship to canada", 6),
    ]);
    expect(groups.map((g) => [g.question, g.count])).toEqual([
      ["Do you ship to Canada?", 3],
      ["What is your warranty on the jackets?", 1],
    ]);
    // Wordings that normalise alike are one example; the agent's answer is kept.
    expect(groups[0]!.examples).toEqual(["Do you ship to Canada?", "Can you ship my order to Canada"]);
    expect(groups[0]!.agentAnswer).toBe("Yes, in 5-7 days.");
    expect(groups[0]!.lastAskedAt).toEqual(at(9));
  });

  it("skips empty questions and groups stopword-only ones by their exact text", () => {
    const groups = groupQuestions([q("???", 3), q("hello", 2), q("Hello!", 1), q("thanks", 0)]);
    expect(groups.map((g) => g.count).sort()).toEqual([1, 2]);
  });
});

import { describe, expect, it } from "vitest";
import { formatKnowledge, parseKnowledge } from "./knowledge-format";

const entry = {
  id: "e1",
  title: 'Do you ship to "Canada", Mexico?',
  exampleQuestions: ["international shipping", "ship abroad?"],
  answer: "Yes.\nWe ship to 30 countries, duties included.",
  tags: ["shipping", "international"],
  language: "en",
  enabled: true,
  updatedAt: new Date(0).toISOString(),
};

describe("knowledge files", () => {
  it.each(["csv", "jsonl"] as const)("round-trips %s with quotes, commas and newlines", (format) => {
    const { entries, errors } = parseKnowledge(format, formatKnowledge(format, [entry]));
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      { title: entry.title, exampleQuestions: entry.exampleQuestions, answer: entry.answer, tags: entry.tags, language: "en", enabled: true },
    ]);
  });

  it("reports every bad JSONL line with its number", () => {
    const content = ['{"title":"ok","answer":"fine"}', "{broken", "", '{"title":"","answer":"x"}'].join("\n");
    const { entries, errors } = parseKnowledge("jsonl", content);
    expect(entries).toHaveLength(1);
    expect(errors.map((error) => error.line)).toEqual([2, 4]);
    expect(errors[1]!.message).toMatch(/title/);
  });

  it("reports bad CSV rows by their line in the file", () => {
    const content = "title,answer\nGood question,Good answer\nMissing answer,\n";
    const { errors } = parseKnowledge("csv", content);
    expect(errors).toEqual([{ line: 3, message: expect.stringMatching(/answer/) }]);
  });
});

describe("the CSV enabled column", () => {
  it("accepts yes/no words and refuses a typo instead of guessing", () => {
    const { entries, errors } = parseKnowledge("csv", "title,answer,enabled\nA?,a,no\nB?,b,\nC?,c,flase\n");
    expect(entries.map((entry) => entry.enabled)).toEqual([false, true]);
    expect(errors).toEqual([{ line: 4, message: expect.stringMatching(/enabled/) }]);
  });
});

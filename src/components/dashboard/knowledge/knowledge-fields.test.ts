import { describe, expect, it } from "vitest";
import { changedFields, fieldErrors, formatFromContent, formatFromFileName, importLineErrors, toInput, toValues } from "./knowledge-fields";

const entry = {
  id: "e1",
  title: "Shipping times",
  exampleQuestions: ["How long does delivery take?", "When will my order arrive?"],
  answer: "3-5 business days.",
  tags: ["shipping"],
  language: null,
  enabled: true,
  updatedAt: new Date(0).toISOString(),
};

describe("knowledge entry form", () => {
  it("reads lines and commas, dropping blanks and repeated tags", () => {
    const input = toInput({ title: " Gift cards ", exampleQuestions: "Do you sell gift cards?\n\n  Vouchers?  \r\n", answer: "Yes.", tags: "gifts, , gifts,cards", language: "", enabled: false });
    expect(input).toEqual({ title: "Gift cards", exampleQuestions: ["Do you sell gift cards?", "Vouchers?"], answer: "Yes.", tags: ["gifts", "cards"], language: null, enabled: false });
  });

  it("sends only what changed", () => {
    expect(changedFields(entry, toInput(toValues(entry)))).toEqual({});
    const values = { ...toValues(entry), exampleQuestions: "How long does delivery take?", language: "en" };
    expect(changedFields(entry, toInput(values))).toEqual({ exampleQuestions: ["How long does delivery take?"], language: "en" });
  });

  it("puts API errors under their field, with the line of a list item", () => {
    const details = [
      { path: "exampleQuestions.1", message: "is required" },
      { path: "language", message: "must be a language code" },
      { path: "unknown", message: "ignored" },
    ];
    expect(fieldErrors(details)).toEqual({ exampleQuestions: "Line 2: is required", language: "must be a language code" });
    expect(fieldErrors(undefined)).toEqual({});
  });
});

describe("knowledge import", () => {
  it("guesses the format from the file name, then from the content", () => {
    expect(formatFromFileName("FAQ.CSV")).toBe("csv");
    expect(formatFromFileName("export.jsonl")).toBe("jsonl");
    expect(formatFromFileName("notes.txt")).toBeNull();
    expect(formatFromContent('  {"title":"x"}')).toBe("jsonl");
    expect(formatFromContent("title,answer")).toBe("csv");
  });

  it("keeps only line errors from a 422's details", () => {
    expect(importLineErrors([{ line: 3, message: "answer: is required" }, { path: "content", message: "is empty" }])).toEqual([{ line: 3, message: "answer: is required" }]);
    expect(importLineErrors(null)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { readPartialStringField } from "./partial-json";

describe("readPartialStringField", () => {
  const full = JSON.stringify({ answer: 'Line "one"\nü → done', confidence: 0.9 });

  it("reads the whole value of a complete object", () => {
    expect(readPartialStringField(full, "answer")).toBe('Line "one"\nü → done');
  });

  it("grows monotonically as the JSON arrives, never showing half an escape", () => {
    let previous = "";
    for (let end = 0; end <= full.length; end += 1) {
      const value = readPartialStringField(full.slice(0, end), "answer") ?? "";
      expect(value.startsWith(previous)).toBe(true);
      expect(value).not.toContain("\\");
      previous = value;
    }
    expect(previous).toBe('Line "one"\nü → done');
  });

  it("handles \\u escapes and a missing field", () => {
    expect(readPartialStringField('{"answer":"caf\\u00e9"}', "answer")).toBe("café");
    expect(readPartialStringField('{"other":"x"}', "answer")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { changedFields, insertAt, preview, toInput } from "./canned-fields";

describe("canned response form", () => {
  it("normalizes the shortcut and sends only what changed", () => {
    const input = toInput({ shortcut: " /Refund ", title: " Refund ", body: "Hi {{contact.name}} " });
    expect(input).toEqual({ shortcut: "refund", title: "Refund", body: "Hi {{contact.name}}" });
    expect(changedFields({ id: "c1", ...input }, { ...input, title: "Refunds" })).toEqual({ title: "Refunds" });
  });

  it("previews the variables with sample values, leaving unknown ones as written", () => {
    expect(preview("Hi {{contact.name}}, I'm {{ agent.name }} ({{order.id}})")).toBe("Hi Maria, I'm Ana ({{order.id}})");
  });

  it("inserts a variable at the cursor", () => {
    expect(insertAt("Hi !", 3, "contact.name")).toEqual({ text: "Hi {{contact.name}}!", cursor: 19 });
    expect(insertAt("Hi", null, "agent.name")).toEqual({ text: "Hi{{agent.name}}", cursor: 16 });
  });
});

import { describe, expect, it } from "vitest";
import { isMessage } from "./widget-socket";

describe("isMessage", () => {
  const base = { id: "m1", seq: 1, clientId: null, body: "hi", author: null, createdAt: "" };

  it("accepts the four roles a visitor may see", () => {
    for (const role of ["visitor", "bot", "agent", "system"]) expect(isMessage({ ...base, role })).toBe(true);
  });

  it("ignores internal notes and malformed events", () => {
    expect(isMessage({ ...base, role: "note" })).toBe(false);
    expect(isMessage({ ...base, role: "bot", seq: "1" })).toBe(false);
    expect(isMessage({ ...base, role: "bot", body: { html: "<b>" } })).toBe(false);
    expect(isMessage(null)).toBe(false);
    expect(isMessage("m1")).toBe(false);
  });
});

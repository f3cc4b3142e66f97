import { describe, expect, it } from "vitest";
import { decodeInboxCursor, encodeInboxCursor } from "./inbox-cursor";
import { likePattern } from "./inbox-list.repository";

describe("inbox cursor", () => {
  it("round-trips a position, including a queue row never queued", () => {
    for (const cursor of [{ at: "2026-12-08T01:02:03.456Z", id: "c1" }, { at: null, id: "c2" }]) expect(decodeInboxCursor(encodeInboxCursor(cursor))).toEqual(cursor);
  });

  it("rejects what it did not write", () => {
    for (const value of ["", "50", "not-a-cursor", Buffer.from('["x","c"]').toString("base64url"), Buffer.from('[null,""]').toString("base64url"), Buffer.from("{}").toString("base64url")]) {
      expect(decodeInboxCursor(value)).toBeNull();
    }
  });
});

describe("search pattern", () => {
  it("escapes LIKE's wildcards and its escape character", () => {
    expect(likePattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
  });
});

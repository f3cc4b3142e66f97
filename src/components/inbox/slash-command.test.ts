import { describe, expect, it } from "vitest";
import { filterCanned, findSlashToken, replaceToken, type CannedResponse } from "./slash-command";

describe("findSlashToken", () => {
  it("finds a slash at the start", () => {
    expect(findSlashToken("/ref", 4)).toEqual({ start: 0, end: 4, query: "ref" });
  });

  it("finds a slash after a space, with the caret inside the word", () => {
    expect(findSlashToken("Hi /refund there", 6)).toEqual({ start: 3, end: 10, query: "refund" });
  });

  it("opens on a bare slash", () => {
    expect(findSlashToken("/", 1)).toEqual({ start: 0, end: 1, query: "" });
  });

  it.each([
    ["see https://x.io/a", 18],
    ["and/or", 6],
    ["/ref done", 9],
    ["a //b", 5],
  ])("ignores %j", (text, caret) => {
    expect(findSlashToken(text, caret)).toBeNull();
  });
});

const responses: CannedResponse[] = [
  { id: "1", shortcut: "refund", title: "Refund policy", body: "" },
  { id: "2", shortcut: "/hello", title: "Greeting", body: "" },
  { id: "3", shortcut: "ship", title: "Shipping and refund times", body: "" },
  { id: "4", shortcut: "prefs", title: "Preferences", body: "" },
];

describe("filterCanned", () => {
  it("lists everything for an empty query", () => {
    expect(filterCanned(responses, "")).toHaveLength(4);
  });

  it("ranks shortcut prefixes, then shortcut matches, then titles", () => {
    expect(filterCanned(responses, "ref").map((item) => item.id)).toEqual(["1", "4", "3"]);
  });

  it("ignores a leading slash in stored shortcuts and case", () => {
    expect(filterCanned(responses, "HEL").map((item) => item.id)).toEqual(["2"]);
  });
});

describe("replaceToken", () => {
  it("replaces the word and puts the caret after the replacement", () => {
    const token = findSlashToken("Hi /ref now", 7)!;
    expect(replaceToken("Hi /ref now", token, "Our policy")).toEqual({ text: "Hi Our policy now", caret: 13 });
  });
});

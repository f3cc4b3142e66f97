import { describe, expect, it } from "vitest";
import { normalizeText, stem, tokenize } from "./tokenize";

describe("tokenize", () => {
  it("lowercases, drops punctuation and apostrophes, and stems English words", () => {
    expect(tokenize("Where's my ORDER?! I ordered 2 shoes.")).toEqual({
      words: ["wheres", "my", "order", "i", "ordered", "2", "shoes"],
      stems: ["where", "my", "order", "i", "order", "2", "shoe"],
    });
  });

  it("folds Latin diacritics and compatibility forms", () => {
    expect(tokenize("Café ÉTÉ ﬁnal Ｓｈｏｅ").words).toEqual(["cafe", "ete", "final", "shoe"]);
  });

  it("unifies Arabic short vowels and alef forms, keeping words whole", () => {
    expect(normalizeText("أَيْنَ")).toBe("اين");
    expect(tokenize("أين طلبي؟").words).toEqual(["اين", "طلبي"]);
    expect(tokenize("إرجاع المنتج").words).toEqual(["ارجاع", "المنتج"]);
  });

  it("keeps Devanagari vowel signs inside Hindi words", () => {
    expect(tokenize("मेरा ऑर्डर कहाँ है?").words).toEqual(["मेरा", "ऑर्डर", "कहाँ", "है"]);
  });

  it("splits unspaced scripts into characters and keeps spaced runs whole", () => {
    expect(tokenize("我的订单在哪里").words).toEqual(["我", "的", "订", "单", "在", "哪", "里"]);
    expect(tokenize("iPhone15の返品").words).toEqual(["iphone15", "の", "返", "品"]);
    expect(tokenize("ส่งของ").words).toEqual(["ส่", "ง", "ข", "อ", "ง"]);
  });

  it("keeps Hangul syllables composed", () => {
    expect(tokenize("배송 조회").words).toEqual(["배송", "조회"]);
  });

  it("returns nothing for text without letters or digits", () => {
    expect(tokenize("?!… 🙂 --")).toEqual({ words: [], stems: [] });
  });
});

describe("stem", () => {
  it.each([
    ["refunds", "refund"],
    ["refunding", "refund"],
    ["refunded", "refund"],
    ["stopped", "stop"],
    ["policies", "policy"],
    ["address", "address"],
    ["status", "status"],
    ["bus", "bus"],
    ["quickly", "quick"],
    ["envíos", "envíos"],
  ])("%s -> %s", (word, expected) => expect(stem(word)).toBe(expected));
});

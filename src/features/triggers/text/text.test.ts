import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";
import { findAmount, findQuantities } from "./numbers";
import { compilePhrases, findWithout, pad } from "./patterns";
import { prepareText } from "./prepared";
import { contentStems, overlap } from "./similarity";

const find = (patterns: string[], text: string) => compilePhrases(patterns).find(pad(normalizeText(text))).map((m) => m.text);

describe("normalizeText", () => {
  it("folds case, accents, Turkish dotless i, Arabic letter variants and English contractions", () => {
    expect(normalizeText("Pásame con ÉL, can't")).toBe("pasame con el can not");
    expect(normalizeText("İade süresi")).toBe("iade suresi");
    expect(normalizeText("أريد إلغاء")).toBe(normalizeText("اريد الغاء"));
    expect(normalizeText("this is a f***ing joke")).toBe("this is a xswearx joke");
  });
  it("keeps Devanagari vowel signs", () => {
    expect(normalizeText("बात करवाइए")).toBe("बात करवाइए");
  });
});

describe("phrase patterns", () => {
  it("matches alternatives, optional words and gaps in order", () => {
    expect(find(["talk|speak to ~2 human|person"], "Can I speak to a real person?")).toEqual(["speak to a real person"]);
    expect(find(["[a|an] agent please"], "agent please")).toEqual(["agent please"]);
    expect(find(["talk to ~1 human"], "talk to a very real human")).toEqual([]);
  });
  it("supports word wildcards, joined words, digits, anchors and negative lookahead", () => {
    expect(find(["*agent"], "the subagent")).toEqual(["subagent"]);
    expect(find(["refund*"], "refunded")).toEqual(["refunded"]);
    expect(find(["customer_service"], "customer service")).toEqual(["customer service"]);
    expect(find(["order #"], "order #44120")).toEqual(["order 44120"]);
    expect(find(["^ operator $"], "operator")).toEqual(["operator"]);
    expect(find(["^ operator $"], "the operator said")).toEqual([]);
    expect(find(["human !resources"], "human resources")).toEqual([]);
  });
  it("matches Chinese inside words and accepts both umlaut spellings", () => {
    expect(find(["转人工"], "请帮我转人工客服")).toEqual(["转人工"]);
    expect(find(["löschen"], "bitte loeschen")).toEqual(["loeschen"]);
    expect(find(["löschen"], "bitte löschen")).toEqual(["loschen"]);
  });
  it("drops matches that overlap an exclusion", () => {
    const padded = pad(normalizeText("talk to my travel agent"));
    expect(findWithout(padded, compilePhrases(["talk to ~2 agent"]), compilePhrases(["travel agent"]))).toEqual([]);
  });
});

describe("numbers", () => {
  it("finds sums of money in several notations", () => {
    expect(findAmount("refund the $59.90 you charged")).toBe("$59.90");
    expect(findAmount("تم سحب مبلغ 1200 ريال")).toBe("1200 ريال");
    expect(findAmount("order 44120 arrived")).toBeNull();
  });
  it("reads thousands separators as one quantity", () => {
    expect(findQuantities("a quote for 3,000 bottles").map((q) => q.value)).toEqual([3000]);
  });
});

describe("similarity", () => {
  it("sees a restated question through inflection and stopwords", () => {
    const a = contentStems(prepareText("can you service a Rohloff hub?"));
    const b = contentStems(prepareText("so can you service my Rohloff hub or not?"));
    expect(overlap(b, a).ofNew).toBe(1);
  });
  it("compares Chinese by character pairs", () => {
    const a = contentStems(prepareText("可以货到付款吗"));
    const b = contentStems(prepareText("能不能货到付款"));
    expect(overlap(b, a).shared.length).toBeGreaterThanOrEqual(3);
  });
});

import { describe, expect, it } from "vitest";
import { buildLexicalSearch } from "./knowledge-search";
import { createLexicalResponder } from "./lexical-responder";

const search = buildLexicalSearch([
  { id: "ship", title: "How long does shipping take?", exampleQuestions: ["When will my order arrive?", "delivery time"], answer: "3-5 days." },
  { id: "returns", title: "What is your return policy?", exampleQuestions: ["Can I return an item?", "how do returns work"], answer: "30 days." },
  { id: "pay", title: "Which payment methods do you accept?", exampleQuestions: ["Can I pay with PayPal?"], answer: "Cards and PayPal." },
]);
const input = (question: string) => ({ question, history: [], language: null, botName: "Bot", threshold: 0.3 });

describe("lexical knowledge search", () => {
  it("ranks the entry whose phrasing shares the question's words first, scored in [0, 1]", () => {
    const hits = search.search("when will my order arrive", 3);
    expect(hits[0]).toEqual(expect.objectContaining({ entryId: "ship", answer: "3-5 days." }));
    expect(hits[0]!.score).toBeCloseTo(1, 5);
    for (const hit of hits) expect(hit.score).toBeLessThanOrEqual(1);
    expect(search.search("returning items", 1)[0]?.entryId).toBe("returns");
  });

  it("finds nothing for a question without a known word", () => {
    expect(search.search("zebra quantum", 3)).toEqual([]);
    expect(search.search("", 3)).toEqual([]);
  });
});

describe("lexical responder", () => {
  const responder = createLexicalResponder(search);

  it("answers a question that is nearly a phrasing, with its entry as the source", async () => {
    const answer = await responder.answer(input("Can I pay with PayPal"));
    expect(answer).toEqual(expect.objectContaining({ answer: "Cards and PayPal.", intent: "Which payment methods do you accept?" }));
    expect(answer.sources).toEqual([expect.objectContaining({ entryId: "pay" })]);
  });

  it("does not guess from a partial overlap", async () => {
    const answer = await responder.answer(input("can I pay my electricity bill here"));
    expect(answer.answer).toBeNull();
    expect(answer.sources).toEqual([]);
  });
});

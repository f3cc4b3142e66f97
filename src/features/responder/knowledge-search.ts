// Retrieval over a workspace's knowledge base, shared by both responders, and the lexical index
// the embedded responder falls back on while a workspace has no trained model yet (a large
// knowledge base just imported: the model is being trained in the worker).
import MiniSearch from "minisearch";
import { tokenize } from "./embedded/tokenize";

export interface KnowledgeHit {
  entryId: string;
  title: string;
  answer: string;
  score: number;
}

export interface KnowledgeSearch {
  search(question: string, limit: number): KnowledgeHit[];
}

export interface LexicalEntry {
  id: string;
  title: string;
  answer: string;
  exampleQuestions: string[];
}

interface Phrasing {
  id: number;
  entryId: string;
  terms: string[];
}

// BM25 finds candidates; the score is the IDF-weighted cosine of the question's and the
// phrasing's word sets, in [0, 1]: 1 means the same words, whatever their order.
const CANDIDATE_PHRASINGS = 30;
const terms = (text: string) => [...new Set(tokenize(text).stems)];

export function buildLexicalSearch(entries: LexicalEntry[]): KnowledgeSearch {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const phrasings: Phrasing[] = entries.flatMap((entry) =>
    [entry.title, ...entry.exampleQuestions].map((text) => ({ entryId: entry.id, terms: terms(text) })),
  ).map((phrasing, id) => ({ id, ...phrasing }));
  const documentFrequency = new Map<string, number>();
  for (const phrasing of phrasings) for (const term of phrasing.terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log((1 + phrasings.length) / (1 + (documentFrequency.get(term) ?? 0))) + 1;
  const index = new MiniSearch<Phrasing>({
    fields: ["terms"],
    // The terms are already normalised and stemmed (the embedded model's tokeniser).
    extractField: (document, field) => (field === "terms" ? document.terms.join(" ") : String(document[field as keyof Phrasing])),
    tokenize: (text) => text.split(" ").filter(Boolean),
    processTerm: (term) => term,
  });
  index.addAll(phrasings);

  return {
    search(question, limit) {
      const asked = terms(question);
      if (asked.length === 0) return [];
      const askedNorm = Math.sqrt(asked.reduce((sum, term) => sum + idf(term) ** 2, 0));
      const best = new Map<string, number>();
      const results = index.search(asked.join(" "), { tokenize: (text) => text.split(" "), processTerm: (term) => term, combineWith: "OR" });
      for (const result of results.slice(0, CANDIDATE_PHRASINGS)) {
        const phrasing = phrasings[result.id as number] as Phrasing;
        const shared = new Set(asked);
        let dot = 0;
        let norm = 0;
        for (const term of phrasing.terms) {
          const weight = idf(term) ** 2;
          norm += weight;
          if (shared.has(term)) dot += weight;
        }
        const score = norm > 0 ? Math.min(1, dot / (askedNorm * Math.sqrt(norm))) : 0;
        if (score > (best.get(phrasing.entryId) ?? 0)) best.set(phrasing.entryId, score);
      }
      return [...best]
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .map(([entryId, score]) => {
          const entry = byId.get(entryId) as LexicalEntry;
          return { entryId, title: entry.title, answer: entry.answer, score };
        });
    },
  };
}

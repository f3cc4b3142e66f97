// The embedded responder's stand-in while a workspace has no trained model yet (a large knowledge
// base just imported, its model still training in the worker). Word overlap is not a calibrated
// confidence, so it answers only a question that is nearly one of the entries' phrasings, and
// otherwise says honestly that it does not know (the visitor is offered a human).
import { findEnabledEntries, getKnowledgeVersion } from "@/features/knowledge/knowledge.repository";
import { db } from "@/server/db";
import { buildLexicalSearch, type KnowledgeSearch } from "./knowledge-search";
import type { Responder, ResponderAnswer, ResponderInput } from "./responder.types";

/** IDF-weighted word-set cosine to the closest phrasing, and the lead over the next entry. */
const MIN_SIMILARITY = 0.8;
const MIN_LEAD = 0.1;

export function createLexicalResponder(search: KnowledgeSearch): Responder {
  return {
    kind: "lexical",
    async answer(input: ResponderInput): Promise<ResponderAnswer> {
      const [best, next] = search.search(input.question, 2);
      const sure = best !== undefined && best.score >= Math.max(MIN_SIMILARITY, input.threshold) && best.score - (next?.score ?? 0) >= MIN_LEAD;
      if (!sure) return { answer: null, confidence: best?.score ?? 0, intent: null, sources: [] };
      return { answer: best.answer, confidence: best.score, intent: best.title, sources: [{ entryId: best.entryId, title: best.title, score: best.score }] };
    },
  };
}

const indexes = new Map<string, { version: string; search: KnowledgeSearch }>();

/** The workspace's lexical index, built once per knowledge-base version in this process. */
export async function getLexicalSearch(organizationId: string, knownVersion?: string): Promise<KnowledgeSearch> {
  const version = knownVersion ?? (await getKnowledgeVersion(db, { organizationId }));
  const cached = indexes.get(organizationId);
  if (cached?.version === version) return cached.search;
  const rows = await findEnabledEntries(db, { organizationId });
  const search = buildLexicalSearch(rows);
  indexes.set(organizationId, { version, search });
  return search;
}

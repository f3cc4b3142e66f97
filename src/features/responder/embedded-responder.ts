import type { KnowledgeEntryView, LoadedKnowledge } from "@/features/knowledge/knowledge-model-cache";
import type { KnowledgeSearch } from "./knowledge-search";
import type { Responder, ResponderAnswer, ResponderInput } from "./responder.types";

/** The entry as it is now, or null if it was deleted or disabled since the model was trained. */
export type CurrentEntry = (entryId: string) => Promise<KnowledgeEntryView | null>;

/**
 * The default responder: the knowledge base's own answer when the model is confident enough.
 * The model may be the previous one while a new one trains, so the answer is read as it is now
 * (an edited answer is given at once, a deleted entry's never).
 */
export function createEmbeddedResponder(knowledge: LoadedKnowledge, currentEntry: CurrentEntry): Responder {
  return {
    kind: "embedded",
    async answer(input: ResponderInput): Promise<ResponderAnswer> {
      const result = knowledge.model.answer(input.question, { threshold: input.threshold });
      const entry = result.entryId ? await currentEntry(result.entryId) : null;
      // The answer comes from one entry: that entry is its source (near misses are not sources).
      const match = result.matches.find((candidate) => candidate.entryId === entry?.id);
      const sources = entry ? [{ entryId: entry.id, title: entry.title, score: match?.score ?? result.confidence }] : [];
      return { answer: entry?.answer ?? null, confidence: result.confidence, intent: entry?.title ?? null, sources };
    },
  };
}

/** Retrieval for the LLM responder, from the same model's ranking. */
export function knowledgeSearch(knowledge: LoadedKnowledge): KnowledgeSearch {
  return {
    search(question, limit) {
      return knowledge.model
        .answer(question, { threshold: 1, maxMatches: limit })
        .matches.slice(0, limit)
        .flatMap((match) => {
          const entry = knowledge.entries.get(match.entryId);
          return entry ? [{ entryId: entry.id, title: entry.title, answer: entry.answer, score: match.score }] : [];
        });
    },
  };
}

import OpenAI from "openai";
import { getKnowledge } from "@/features/knowledge/knowledge-model-cache";
import { getEntry } from "@/features/knowledge/knowledge.repository";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { createEmbeddedResponder, knowledgeSearch } from "./embedded-responder";
import { createLexicalResponder, getLexicalSearch } from "./lexical-responder";
import { createOpenAIResponder } from "./openai-responder";
import type { Responder } from "./responder.types";

let client: OpenAI | undefined;

/**
 * The configured responder for a workspace: OpenAI-compatible with a key, embedded otherwise.
 * Neither waits for a model to be trained: with none yet, both use the lexical index.
 * `knowledgeVersion`, when the caller read it already, spares the version query.
 */
export async function getResponder(organizationId: string, { knowledgeVersion }: { knowledgeVersion?: string } = {}): Promise<Responder> {
  const knowledge = await getKnowledge(organizationId, knowledgeVersion);
  if (!env.OPENAI_API_KEY) {
    if (!knowledge) return createLexicalResponder(await getLexicalSearch(organizationId, knowledgeVersion));
    return createEmbeddedResponder(knowledge, async (entryId) => {
      const entry = await getEntry(db, { organizationId, entryId });
      return entry?.enabled ? { id: entry.id, title: entry.title, answer: entry.answer } : null;
    });
  }
  client ??= new OpenAI({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL });
  const search = knowledge ? knowledgeSearch(knowledge) : await getLexicalSearch(organizationId, knowledgeVersion);
  return createOpenAIResponder({ client, model: env.OPENAI_MODEL, timeoutMs: env.OPENAI_TIMEOUT_MS, knowledge: search });
}

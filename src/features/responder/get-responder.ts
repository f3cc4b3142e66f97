import OpenAI from "openai";
import { getKnowledge } from "@/features/knowledge/knowledge-model-cache";
import { env } from "@/server/env";
import { createEmbeddedResponder, knowledgeSearch } from "./embedded-responder";
import { createOpenAIResponder } from "./openai-responder";
import type { Responder } from "./responder.types";

let client: OpenAI | undefined;

/** The configured responder for a workspace: OpenAI-compatible with a key, embedded otherwise. */
export async function getResponder(organizationId: string): Promise<Responder> {
  const knowledge = await getKnowledge(organizationId);
  if (!env.OPENAI_API_KEY) return createEmbeddedResponder(knowledge);
  client ??= new OpenAI({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL });
  return createOpenAIResponder({ client, model: env.OPENAI_MODEL, timeoutMs: env.OPENAI_TIMEOUT_MS, knowledge: knowledgeSearch(knowledge) });
}

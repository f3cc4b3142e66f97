import OpenAI from "openai";
import type { HandoffBriefDto } from "@/features/inbox/inbox.dto";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { notFound } from "@/server/errors";
import { logger } from "@/server/logger";
import { loadBriefInput } from "./brief.repository";
import type { BriefReason } from "./brief.types";
import { buildExtractiveBrief } from "./build-extractive-brief";
import { summarizeWithLlm } from "./summarize-with-llm";

export interface MakeHandoffBriefOptions {
  organizationId: string;
  conversationId: string;
  /** The reasons of this handoff; when empty, the latest stored handoff's or escalating evaluation's. */
  reasons?: readonly BriefReason[];
  /** False: the extractive brief only, without waiting on the model (e.g. inline, with the model's summary made later in a job). */
  useModel?: boolean;
  /** How long to wait for the model; OPENAI_TIMEOUT_MS by default. */
  modelTimeoutMs?: number;
}

let client: OpenAI | undefined;

/**
 * The brief an agent reads when the conversation reaches them. The summary comes from the configured
 * model when there is one (OPENAI_API_KEY) and from the transcript itself otherwise, or when the
 * model fails or takes longer than OPENAI_TIMEOUT_MS. Call it outside a transaction: it may wait on the model.
 */
export async function makeHandoffBrief({ organizationId, conversationId, reasons, useModel = true, modelTimeoutMs }: MakeHandoffBriefOptions): Promise<HandoffBriefDto> {
  const input = await loadBriefInput(db, { organizationId, conversationId, reasons });
  if (!input) throw notFound("Conversation");
  const extractive = buildExtractiveBrief(input);
  if (!env.OPENAI_API_KEY || !useModel) return extractive;
  client ??= new OpenAI({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL });
  return summarizeWithLlm(input, extractive, {
    client,
    model: env.OPENAI_MODEL,
    timeoutMs: modelTimeoutMs ?? env.OPENAI_TIMEOUT_MS,
    agentLanguage: input.agentLanguage,
    onFallback: (error) => logger.warn({ err: error, organizationId, conversationId }, "handoff brief: model summary failed, using the extractive one"),
  });
}

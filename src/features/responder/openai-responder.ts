// The OpenAI-compatible responder: retrieves the closest knowledge-base entries, asks the model
// for a grounded answer as structured output, and streams the answer's text as it arrives.
import OpenAI from "openai";
import { readPartialStringField } from "@/lib/partial-json";
import type { KnowledgeSearch } from "./knowledge-search";
import { buildGroundedPrompt, GROUNDED_ANSWER_SCHEMA, ZGroundedAnswer } from "./grounded-prompt";
import type { Responder, ResponderAnswer, ResponderInput } from "./responder.types";

export interface OpenAIResponderOptions {
  client: OpenAI;
  model: string;
  /** The longest silence allowed: before the first token, and between two streamed pieces. */
  timeoutMs: number;
  knowledge: KnowledgeSearch;
  /** How often streamed text is flushed to the visitor (batches of about 50 ms). */
  flushEveryMs?: number;
}

const RETRIEVED_ENTRIES = 5;

export function createOpenAIResponder({ client, model, timeoutMs, knowledge, flushEveryMs = 50 }: OpenAIResponderOptions): Responder {
  return {
    kind: "openai",
    async answer(input: ResponderInput): Promise<ResponderAnswer> {
      const retrieved = knowledge.search(input.question, RETRIEVED_ENTRIES);
      const abort = new AbortController();
      // A silence timeout, not a total one: a long answer streaming steadily is not cut off, while
      // a model that stops mid-answer is given up on as soon as one that never starts.
      let timer = setTimeout(() => abort.abort(), timeoutMs);
      const heardFromModel = () => {
        clearTimeout(timer);
        timer = setTimeout(() => abort.abort(), timeoutMs);
      };
      // The caller no longer wants the answer (people took the conversation): the request stops.
      const cancel = () => abort.abort();
      input.signal?.addEventListener("abort", cancel, { once: true });
      let sent = 0;
      let lastFlush = 0;
      let json = "";
      const flush = (force: boolean) => {
        const text = readPartialStringField(json, "answer") ?? "";
        if (text.length > sent && (force || Date.now() - lastFlush >= flushEveryMs)) {
          input.onDelta?.(text.slice(sent));
          sent = text.length;
          lastFlush = Date.now();
        }
      };
      try {
        const stream = await client.chat.completions.create(
          {
            model,
            stream: true,
            temperature: 0.2,
            messages: buildGroundedPrompt(input, retrieved),
            response_format: { type: "json_schema", json_schema: { name: "grounded_answer", strict: true, schema: GROUNDED_ANSWER_SCHEMA } },
          },
          { signal: abort.signal, maxRetries: 1 },
        );
        for await (const chunk of stream) {
          heardFromModel();
          json += chunk.choices[0]?.delta?.content ?? "";
          flush(false);
        }
        flush(true);
        const parsed = ZGroundedAnswer.parse(JSON.parse(json));
        const sources = retrieved
          .filter((hit) => parsed.sources.includes(hit.entryId))
          .map((hit) => ({ entryId: hit.entryId, title: hit.title, score: hit.score }));
        const answered = parsed.answer.trim().length > 0 && parsed.confidence >= input.threshold;
        return { answer: answered ? parsed.answer.trim() : null, confidence: parsed.confidence, intent: parsed.intent, sources };
      } catch (error) {
        return { answer: null, confidence: 0, intent: null, sources: [], failure: abort.signal.aborted ? "timeout" : errorKind(error) };
      } finally {
        clearTimeout(timer);
        input.signal?.removeEventListener("abort", cancel);
      }
    },
  };
}

function errorKind(error: unknown): "timeout" | "error" {
  return error instanceof OpenAI.APIConnectionTimeoutError ? "timeout" : "error";
}

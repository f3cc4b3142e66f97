// What the bot already tried: each visitor question it replied to, with its answer (null when it
// did not know or failed), its confidence and the knowledge entries it answered from.
import type { BotAttemptDto } from "@/features/inbox/inbox.dto";
import { findLexicon, prepareText } from "@/features/triggers/text/prepared";
import { BOT_LANGUAGES, botPhrase } from "@/lib/bot-phrases";
import { clip } from "./brief-text";
import type { BriefMessage } from "./brief.types";

const MAX_ATTEMPTS = 10;
const MAX_CHARS = 500;

// The responder stores its "I don't know" and "I failed" lines as the bot message body.
let fallbacks: Set<string> | null = null;
function isFallback(body: string): boolean {
  fallbacks ??= new Set(BOT_LANGUAGES.flatMap((language) => [botPhrase("dontKnow", language), botPhrase("failed", language)]));
  return fallbacks.has(body.trim());
}

interface BotMetadata {
  responder?: unknown;
  draftId?: unknown;
  intent?: unknown;
  failure?: unknown;
  sources?: unknown;
}

const metadataOf = (message: BriefMessage): BotMetadata => (message.metadata && typeof message.metadata === "object" ? (message.metadata as BotMetadata) : {});

/** A greeting or a thanks is not a request: "hi" then "my parcel never arrived" is about the parcel. */
export function substantive(text: string): boolean {
  const prepared = prepareText(text);
  return prepared.tokens.length > 0 && findLexicon(prepared, "smallTalk").length === 0;
}

/**
 * A responder's answer (sent directly, or as a draft an agent approved, edited or rejected), as
 * opposed to a canned bot line such as a greeting or a lead-capture prompt.
 */
export function isResponderAnswer(message: BriefMessage): boolean {
  const metadata = metadataOf(message);
  return message.role === "BOT" && (message.botConfidence !== null || metadata.responder !== undefined || metadata.draftId !== undefined);
}

export function answeredByBot(message: BriefMessage): boolean {
  return metadataOf(message).failure === undefined && !isFallback(message.body);
}

export function sourcesOf(message: BriefMessage, titles: Readonly<Record<string, string>> = {}): BotAttemptDto["sources"] {
  const sources = metadataOf(message).sources;
  if (!Array.isArray(sources)) return [];
  const out: BotAttemptDto["sources"] = [];
  for (const source of sources as Array<Record<string, unknown>>) {
    const id = typeof source?.entryId === "string" ? source.entryId : typeof source?.id === "string" ? source.id : null;
    if (!id || out.some((s) => s.id === id)) continue;
    const title = titles[id] ?? (typeof source.title === "string" ? source.title : null);
    if (title) out.push({ id, title });
  }
  return out;
}

/**
 * The articles an answer used. The embedded responder stores its three best matches but answers from
 * one, the entry its intent names; the LLM responder stores only the ids the model cited.
 */
export function usedSources(message: BriefMessage, titles: Readonly<Record<string, string>> = {}): BotAttemptDto["sources"] {
  const { responder, intent, sources } = metadataOf(message);
  if (responder === "embedded" && typeof intent === "string" && Array.isArray(sources)) {
    const answeredFrom = (sources as Array<{ title?: unknown }>).filter((source) => source?.title === intent);
    if (answeredFrom.length > 0) return sourcesOf({ ...message, metadata: { sources: answeredFrom } }, titles);
  }
  return sourcesOf(message, titles);
}

/** The bot's stored intent label, when its responder gave one. */
export function intentOf(message: BriefMessage): string | null {
  const intent = metadataOf(message).intent;
  return typeof intent === "string" && intent.trim() !== "" ? intent.trim() : null;
}

/**
 * Replies pair with visitor messages first in, first out (the responder answers each message in
 * turn); a human's message settles everything asked before it. Replies to small talk ("hi") are
 * not attempts worth an agent's time. The latest attempts are kept.
 */
export function botAttempts(messages: readonly BriefMessage[], titles: Readonly<Record<string, string>> = {}): BotAttemptDto[] {
  const waiting: string[] = [];
  const attempts: BotAttemptDto[] = [];
  for (const message of messages) {
    if (message.role === "VISITOR") waiting.push(message.body);
    else if (message.role === "AGENT") waiting.length = 0;
    else if (isResponderAnswer(message)) {
      const question = waiting.shift();
      if (question === undefined || !substantive(question)) continue;
      const answered = answeredByBot(message);
      attempts.push({
        question: clip(question, MAX_CHARS),
        answer: answered ? clip(message.body, MAX_CHARS) : null,
        confidence: message.botConfidence,
        // A question the bot did not answer used no article, whatever its search ranked.
        sources: answered ? usedSources(message, titles) : [],
      });
    }
  }
  return attempts.slice(-MAX_ATTEMPTS);
}

// The handoff brief without a model: who the visitor is, what they asked (their own words), why
// the conversation came to a person, and what the bot already tried. Pure, so it is the fallback
// whenever the LLM summary is off, slow or failing.
import type { HandoffBriefDto } from "@/features/inbox/inbox.dto";
import { scoreSentiment, sentimentOf } from "@/features/triggers/detectors/sentiment-score";
import { conversationLanguage } from "@/features/triggers/language/detect-language";
import { prepareText } from "@/features/triggers/text/prepared";
import { answeredByBot, botAttempts, intentOf, isResponderAnswer, substantive, usedSources } from "./bot-attempts";
import { describeReason, intentFromReasons, reasonsClause } from "./brief-reasons";
import { endSentence, quote } from "./brief-text";
import type { BriefContact, BriefInput, BriefMessage } from "./brief.types";

const FIRST_QUOTE_CHARS = 180;
const LATEST_QUOTE_CHARS = 140;
// Average sentiment scores are in [-1, 1]; one clearly angry message moves a half by about 0.5.
const TREND_DELTA = 0.15;

export function buildExtractiveBrief(input: BriefInput): HandoffBriefDto {
  const visitorTexts = input.messages.filter((m) => m.role === "VISITOR" && m.body.trim() !== "").map((m) => m.body);
  const botTried = botAttempts(input.messages, input.knowledgeTitles);
  const contact = trustedContact(input.contact);
  return {
    summary: extractiveSummary(input, visitorTexts, botTried),
    summarySource: "extractive",
    intent: intentFromReasons(input.reasons) ?? botIntent(input.messages, input.knowledgeTitles),
    language: input.language ?? (visitorTexts.length > 0 ? conversationLanguage(visitorTexts) : null),
    sentimentTrend: sentimentTrend(visitorTexts),
    contact,
    reasons: input.reasons.map(describeReason),
    botTried,
    currentPage: input.currentPage,
  };
}

/**
 * identify() attributes count only when the business's server vouched for them; otherwise a visitor
 * could type `plan: "enterprise"` into the console and jump the queue.
 */
export function trustedContact(contact: BriefContact): HandoffBriefDto["contact"] {
  const attributes = contact.identityVerified && isRecord(contact.attributes) ? { ...contact.attributes } : {};
  return { name: contact.name, email: contact.email, verified: contact.identityVerified, tier: contactTier(attributes), attributes };
}

/** An explicit `tier` attribute, else "vip" for a VIP flag, else the plan. Pass verified attributes only. */
export function contactTier(attributes: Record<string, unknown>): string | null {
  const tier = text(attributes.tier);
  if (tier) return tier;
  if (attributes.vip === true) return "vip";
  return text(attributes.plan);
}

/** Visitor sentiment in the later half of the conversation against the earlier half. */
export function sentimentTrend(visitorTexts: readonly string[]): HandoffBriefDto["sentimentTrend"] {
  if (visitorTexts.length < 2) return "steady";
  const scores = visitorTexts.map((t) => sentimentOf(scoreSentiment(prepareText(t))).score);
  const half = Math.floor(scores.length / 2);
  const early = mean(scores.slice(0, half));
  const late = mean(scores.slice(scores.length - half));
  if (late - early <= -TREND_DELTA) return "worsening";
  if (late - early >= TREND_DELTA) return "improving";
  return "steady";
}

/**
 * The newest intent the responder recorded (a label of what was asked, even when it could not
 * answer), else the title of the article its latest real answer used.
 */
function botIntent(messages: readonly BriefMessage[], titles: BriefInput["knowledgeTitles"]): string | null {
  const answers = messages.filter(isResponderAnswer).reverse();
  for (const answer of answers) {
    const intent = intentOf(answer);
    if (intent) return intent;
  }
  for (const answer of answers.filter(answeredByBot)) {
    const [top] = usedSources(answer, titles);
    if (top) return top.title;
  }
  return null;
}

function extractiveSummary(input: BriefInput, visitorTexts: readonly string[], botTried: ReturnType<typeof botAttempts>): string {
  const who = input.contact.name?.trim() || "The visitor";
  const requests = visitorTexts.filter(substantive);
  const first = requests[0] ?? visitorTexts[0];
  const latest = requests.length > 1 ? requests[requests.length - 1] : undefined;
  const sentences: string[] = [];
  sentences.push(first ? endSentence(`${who} wrote: ${quote(first, FIRST_QUOTE_CHARS)}`) : `${who} has not written anything yet.`);
  if (latest && latest !== first) sentences.push(endSentence(`Latest message: ${quote(latest, LATEST_QUOTE_CHARS)}`));
  const why = reasonsClause(input.reasons);
  if (why) sentences.push(`Handed to a person because ${why}.`);
  if (sentences.length < 3 && botTried.length > 0) sentences.push(botSentence(botTried));
  return sentences.join(" ");
}

function botSentence(botTried: ReturnType<typeof botAttempts>): string {
  const failed = botTried.filter((attempt) => attempt.answer === null).length;
  const total = botTried.length;
  const questions = total === 1 ? "question" : "questions";
  if (failed === 0) return `The bot answered ${total} ${questions} before the handoff.`;
  if (failed === total) return total === 1 ? "The bot could not answer the question." : `The bot could not answer any of the ${total} ${questions}.`;
  return `The bot could not answer ${failed} of ${total} ${questions}.`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);

import { previousReply, type ConversationView } from "../engine/conversation";
import { findLexicon, texts } from "../text/prepared";
import { contentStems, overlap } from "../text/similarity";
import type { TRepeatedFailureSettings } from "../triggers.schemas";
import type { DetectorHit } from "../triggers.types";
import { matchLists } from "./phrases";

const DEFAULT_SIMILARITY = 0.8;
// The earlier question must be largely repeated too, not just one shared word.
const MIN_OF_OLD = 0.4;

/** Earlier visitor messages the bot replied to (the questions it "already answered"). */
function answeredQuestions(view: ConversationView) {
  return view.turns.filter((t, i) => t.role === "visitor" && i < view.turns.length - 1 && view.turns.slice(i + 1, -1).some((n) => n.role === "bot"));
}

/**
 * The visitor says the bot's answer missed ("that's not what I asked", "you already said that"),
 * or asks the same question again in other words (content-word overlap, in any script).
 */
export function detectRepeatedFailure(view: ConversationView, settings: TRepeatedFailureSettings = {}): DetectorHit | null {
  const reply = previousReply(view);
  if (!reply || reply.role !== "bot") return null;
  const complaint = texts(matchLists(view.last.text, ["answerComplaint"], undefined, settings));
  if (complaint.length > 0) return { matched: complaint, details: { restated: false } };
  if (settings.restatement === false || findLexicon(view.last.text, "newTopic").length > 0) return null;

  const threshold = settings.similarity ?? DEFAULT_SIMILARITY;
  const mine = contentStems(view.last.text);
  let best: { score: number; shared: string[]; index: number } | null = null;
  for (const question of answeredQuestions(view)) {
    const o = overlap(mine, contentStems(question.text));
    const enough = o.shared.length >= 2 || (mine.size === 1 && o.shared.length === 1);
    if (enough && o.ofNew >= threshold && o.ofOld >= MIN_OF_OLD && (!best || o.ofNew > best.score)) {
      best = { score: o.ofNew, shared: o.shared, index: question.index };
    }
  }
  if (!best) return null;
  return { matched: best.shared, score: Math.round(best.score * 100) / 100, details: { restated: true, restatesMessage: best.index } };
}

import type { ConversationView, Turn } from "../engine/conversation";
import { findLexicon, texts } from "../text/prepared";
import type { TLowConfidenceSettings } from "../triggers.schemas";
import type { DetectorHit } from "../triggers.types";

const DEFAULT_THRESHOLD = 0.4;
const DEFAULT_CONSECUTIVE = 2;
const QUESTION = /[?？؟]/u;

/** The bot answers since the last person spoke, newest first; an agent's turn ends the streak. */
function recentBotAnswers(view: ConversationView): Turn[] {
  const answers: Turn[] = [];
  for (let i = view.turns.length - 2; i >= 0; i--) {
    const turn = view.turns[i];
    if (!turn || turn.role === "agent") break;
    if (turn.role === "bot") answers.push(turn);
  }
  return answers;
}

/** A visitor who thanks or gives up politely is not asking any more. */
export function stillAsking(view: ConversationView): boolean {
  const text = view.last.text;
  if (QUESTION.test(text.raw)) return true;
  if (findLexicon(text, "smallTalk").length > 0) return false;
  return findLexicon(text, "giveUp").length === 0;
}

/**
 * N consecutive bot answers under the threshold while the visitor keeps asking, or one fallback
 * followed by a question only staff can answer (their own booking, order or account).
 */
export function detectLowConfidence(view: ConversationView, settings: TLowConfidenceSettings = {}): DetectorHit | null {
  const threshold = settings.threshold ?? DEFAULT_THRESHOLD;
  const n = settings.consecutive ?? DEFAULT_CONSECUTIVE;
  const answers = recentBotAnswers(view);
  const low = (t: Turn | undefined) => t !== undefined && t.confidence !== null && t.confidence < threshold;
  if (!low(answers[0]) || !stillAsking(view)) return null;
  const streak = answers.slice(0, n);
  const confidences = streak.map((t) => t.confidence ?? 1);
  if (streak.length === n && streak.every(low)) {
    return { matched: [], score: Math.min(...confidences), details: { confidences, threshold, consecutive: n } };
  }
  if (settings.fallbackThenStaffQuestion === false) return null;
  const staff = texts(findLexicon(view.last.text, "staffOnly"));
  if (staff.length === 0) return null;
  return { matched: staff, score: answers[0]?.confidence ?? 0, details: { confidences: [answers[0]?.confidence ?? 0], threshold, staffOnlyQuestion: true } };
}

import type { ConversationView } from "../engine/conversation";
import type { TNegativeSentimentSettings } from "../triggers.schemas";
import type { DetectorHit } from "../triggers.types";
import { scoreSentiment } from "./sentiment-score";

const DEFAULT_MIN_SCORE = 2;
const DEFAULT_RUN = 3;

/** Clear anger or frustration in the last visitor message, reinforced by a run of complaining messages before it. */
export function detectNegativeSentiment(view: ConversationView, settings: TNegativeSentimentSettings = {}): DetectorHit | null {
  const last = scoreSentiment(view.last.text, settings);
  let score = last.negativity;
  const runLength = settings.runLength ?? DEFAULT_RUN;
  const previous = view.visitorTurns.slice(-runLength, -1);
  const run = last.negativity >= 1 && previous.length === runLength - 1 && previous.every((t) => scoreSentiment(t.text, settings).negativity >= 1);
  if (run) score += 1;
  if (score < (settings.minScore ?? DEFAULT_MIN_SCORE) || score <= last.positivity) return null;
  return {
    matched: last.matched,
    score,
    details: { shouting: last.shouting, sarcasm: last.sarcasm, negativeRun: run },
  };
}

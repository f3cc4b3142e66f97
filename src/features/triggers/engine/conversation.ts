import { prepareText, type PreparedText } from "../text/prepared";
import type { TContactAttributes, TTriggerMessage } from "../triggers.schemas";

export interface Turn {
  index: number;
  role: TTriggerMessage["role"];
  text: PreparedText;
  confidence: number | null;
  action: string | null;
}

/**
 * The conversation as detectors see it: cut at the last visitor message, because the decision is
 * about that message given the turns before it (older messages were decided when they arrived).
 */
export interface ConversationView {
  turns: Turn[];
  last: Turn;
  visitorTurns: Turn[];
  contact: TContactAttributes;
}

export function viewConversation(messages: readonly TTriggerMessage[], contact: TContactAttributes): ConversationView | null {
  let lastIndex = -1;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]?.role === "visitor") {
      lastIndex = i;
      break;
    }
  }
  if (lastIndex < 0) return null;
  const turns = messages.slice(0, lastIndex + 1).map((m, index) => ({
    index,
    role: m.role,
    text: prepareText(m.text),
    confidence: m.confidence ?? null,
    action: typeof m.metadata?.action === "string" ? m.metadata.action : null,
  }));
  const last = turns[turns.length - 1] as Turn;
  return { turns, last, visitorTurns: turns.filter((t) => t.role === "visitor"), contact };
}

/** The turn right before the last visitor message that is not the visitor's (the answer being reacted to). */
export function previousReply(view: ConversationView): Turn | null {
  for (let i = view.turns.length - 2; i >= 0; i--) {
    const turn = view.turns[i];
    if (turn && turn.role !== "visitor") return turn;
  }
  return null;
}

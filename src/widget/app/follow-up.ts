// What the transcript asks of the visitor once the chat has moved on from the bot: a rating after
// a person resolved the conversation, or the lead form when nobody can answer live (after hours,
// or nobody claimed it). Pure, so the rules are unit-tested without a DOM.
import type { Api } from "./api";
import { ApiError, withRetry } from "./api";
import type { ChatState, RatingInput } from "./chat-types";
import type { Timeline } from "./timeline";

export type FollowUp =
  | { kind: "rating"; status: "idle" | "sending" | "error" }
  | { kind: "rated" }
  | { kind: "lead" }
  | { kind: "leadSent"; email: string };

export function followUp(state: Pick<ChatState, "conversation" | "humanIn" | "csat">): FollowUp | null {
  const conversation = state.conversation;
  if (conversation?.status === "LEAD_CAPTURE") {
    return conversation.leadEmail ? { kind: "leadSent", email: conversation.leadEmail } : { kind: "lead" };
  }
  if (conversation?.status !== "RESOLVED") return null;
  const csat = state.csat?.conversationId === conversation.id ? state.csat.status : "idle";
  if (csat === "sent") return { kind: "rated" };
  // A conversation only the bot handled is not rated; nor one rated before (e.g. before a reload).
  if (state.humanIn !== conversation.id || conversation.csatScore != null) return null;
  return { kind: "rating", status: csat };
}

/** Sends a rating. ALREADY_RATED counts as sent: another tab (or a retried request) got there first. */
export async function postRating(api: Api, conversationId: string, { score, comment }: RatingInput): Promise<"sent" | "error"> {
  const text = comment.trim();
  try {
    await withRetry(() => api.post("/api/widget/csat", { conversationId, score, ...(text ? { comment: text } : {}) }));
    return "sent";
  } catch (error) {
    return error instanceof ApiError && error.code === "ALREADY_RATED" ? "sent" : "error";
  }
}

/** The visitor's last words, to prefill the lead form's question. */
export function lastVisitorText(timeline: Timeline): string {
  const pending = timeline.pending[timeline.pending.length - 1];
  if (pending) return pending.text;
  for (let i = timeline.messages.length - 1; i >= 0; i--) if (timeline.messages[i]!.role === "visitor") return timeline.messages[i]!.body;
  return "";
}

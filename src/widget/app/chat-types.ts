// The chat's state as components see it, and the inputs of its actions.
import type { ToFrame } from "../shared/bridge";
import type { Conversation, Identity, Session } from "../shared/protocol";
import type { Locale } from "./i18n";
import type { Strings } from "./locales/en";
import type { Timeline } from "./timeline";

export interface ChatState {
  session: Session;
  locale: Locale;
  strings: Partial<Strings>;
  open: boolean;
  fullscreen: boolean;
  conversation: Conversation | null;
  timeline: Timeline;
  botTyping: boolean;
  agentTyping: string | null;
  reconnecting: boolean;
  handoff: "idle" | "sending" | "error";
  view: "chat" | "lead";
  lead: "idle" | "sending" | "sent" | "error";
  leadEmail: string | null;
  identity: Identity | null;
  /** The conversation a person from the team has taken part in (assigned, or wrote): worth a rating. */
  humanIn: string | null;
  /** The rating being sent, or sent, for one conversation. */
  csat: { conversationId: string; status: "sending" | "sent" | "error" } | null;
}

export type InitMessage = Extract<ToFrame, { type: "init" }>;
export interface RatingInput {
  score: number;
  comment: string;
}
export interface LeadInput {
  name: string;
  email: string;
  question: string;
}

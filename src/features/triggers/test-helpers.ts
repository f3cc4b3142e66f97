// Builders for the triggers unit tests (not imported by production code).
import { type ConversationView, viewConversation } from "./engine/conversation";
import type { TContactAttributes, TTriggerMessage } from "./triggers.schemas";

export const visitor = (text: string, metadata?: TTriggerMessage["metadata"]): TTriggerMessage => ({ role: "visitor", text, metadata });
export const bot = (text: string, confidence = 0.85): TTriggerMessage => ({ role: "bot", text, confidence });
export const agent = (text: string): TTriggerMessage => ({ role: "agent", text });

/** A conversation view; a plain string stands for a single visitor message. */
export function view(messages: string | TTriggerMessage[], contact: TContactAttributes = {}): ConversationView {
  const list = typeof messages === "string" ? [visitor(messages)] : messages;
  const v = viewConversation(list, contact);
  if (!v) throw new Error("test conversation has no visitor message");
  return v;
}

// postMessage between the loader (host page) and the chat iframe (Baton's origin). Every message
// carries a `baton` tag so unrelated messages on the page (other widgets, extensions) are ignored;
// both ends also check the sender's window and origin before trusting anything.
import type { Conversation, Identity, Message, Session } from "./protocol";

/** Loader -> iframe. */
export type ToFrame =
  | { baton: 1; type: "init"; session: Session; locale: string | null; page: string; open: boolean; fullscreen: boolean; identity: Identity | null }
  | { baton: 1; type: "session"; session: Session }
  | { baton: 1; type: "visibility"; open: boolean; fullscreen: boolean; page: string }
  | { baton: 1; type: "locale"; locale: string }
  /** Baton('identify') after the chat started: prefills the offline form. */
  | { baton: 1; type: "identity"; identity: Identity };

/** Iframe -> loader. */
export type FromFrame =
  | { baton: 1; type: "ready" }
  | { baton: 1; type: "close" }
  /** The token was refused or is about to expire: the loader starts a new session call. */
  | { baton: 1; type: "refresh" }
  /** A message arrived live (not history): badge, sound and `Baton('on', 'message')`. */
  | { baton: 1; type: "message"; message: Message }
  | { baton: 1; type: "handoff"; conversation: Conversation };

export function isBridgeMessage<T extends { type: string }>(data: unknown): data is T {
  return typeof data === "object" && data !== null && (data as { baton?: unknown }).baton === 1 && typeof (data as { type?: unknown }).type === "string";
}

// The conversation as the widget shows it, kept as pure functions so the hard part (nothing lost,
// nothing twice) is unit-tested: confirmed messages from the server, ordered by seq and unique by
// id; the visitor's own messages still on their way (keyed by clientId); and bot answers that are
// still streaming (keyed by streamId). seq is per conversation: when the visitor writes after a
// conversation was resolved, the server starts a new one at seq 1, so the old messages move to
// `earlier` (still shown, above a divider) and resuming restarts from 0.
import type { Message, MessageDelta } from "../shared/protocol";

export interface PendingMessage {
  clientId: string;
  text: string;
  createdAt: string;
  status: "sending" | "failed";
  /** Network or server trouble: worth resending automatically once the connection is back. */
  retryable: boolean;
}

export interface StreamingMessage {
  streamId: string;
  text: string;
}

export interface Timeline {
  conversationId: string | null;
  messages: Message[];
  /** Messages of conversations that ended, oldest first. */
  earlier: Message[];
  endedIds: string[];
  pending: PendingMessage[];
  streams: StreamingMessage[];
}

export const createTimeline = (conversationId: string | null = null): Timeline => ({
  conversationId,
  messages: [],
  earlier: [],
  endedIds: [],
  pending: [],
  streams: [],
});

/** The seq to resume from: `GET /api/widget/messages?after=<lastSeq>`. */
export const lastSeq = (timeline: Timeline): number => timeline.messages[timeline.messages.length - 1]?.seq ?? 0;

function withMessage(list: readonly Message[], message: Message, bySeq: boolean): Message[] {
  // Unique by id (a later copy wins) and, within one conversation, by seq.
  const rest = list.filter((item) => item.id !== message.id && !(bySeq && item.seq === message.seq));
  const at = rest.findIndex((item) => (bySeq ? item.seq > message.seq : item.createdAt > message.createdAt));
  return at === -1 ? [...rest, message] : [...rest.slice(0, at), message, ...rest.slice(at)];
}

/**
 * Merges messages from any source (REST response, socket event, resync after a reconnect) and
 * returns the new timeline plus the messages it had not seen before. A message that arrives twice
 * (socket and REST, two tabs, overlapping resyncs) is kept once; a confirmed message replaces the
 * pending bubble with its clientId and the streaming bubble with its streamId.
 */
export function mergeMessages(timeline: Timeline, incoming: readonly Message[]): { timeline: Timeline; added: Message[] } {
  let next = timeline;
  const added: Message[] = [];
  for (const message of incoming) {
    const conversationId = message.conversationId ?? next.conversationId;
    if (conversationId && next.endedIds.includes(conversationId)) {
      if (!next.earlier.some((item) => item.id === message.id)) next = { ...next, earlier: withMessage(next.earlier, message, false) };
      continue;
    }
    if (conversationId && conversationId !== next.conversationId) next = startConversation(next, conversationId);
    const known = next.messages.find((item) => item.id === message.id);
    if (!known) added.push(message);
    if (known === message) continue;
    next = {
      ...next,
      messages: withMessage(next.messages, message, true),
      pending: message.clientId ? next.pending.filter((item) => item.clientId !== message.clientId) : next.pending,
      // A bot message without a streamId also ends a stream left over from an interrupted answer.
      streams:
        message.role === "bot" && !message.streamId ? [] : next.streams.filter((stream) => stream.streamId !== message.streamId),
    };
  }
  return { timeline: next, added };
}

/** A new conversation began (the last one was resolved): keep the old messages above it. */
export function startConversation(timeline: Timeline, conversationId: string): Timeline {
  if (timeline.conversationId === conversationId) return timeline;
  if (!timeline.conversationId) return { ...timeline, conversationId };
  return {
    ...timeline,
    conversationId,
    messages: [],
    streams: [],
    earlier: [...timeline.earlier, ...timeline.messages],
    endedIds: [...timeline.endedIds, timeline.conversationId],
  };
}

export function addPending(timeline: Timeline, pending: Omit<PendingMessage, "status" | "retryable">): Timeline {
  if (timeline.messages.some((message) => message.clientId === pending.clientId)) return timeline;
  const rest = timeline.pending.filter((item) => item.clientId !== pending.clientId);
  return { ...timeline, pending: [...rest, { ...pending, status: "sending", retryable: true }] };
}

export function setPendingStatus(timeline: Timeline, clientId: string, status: PendingMessage["status"], retryable = true): Timeline {
  return {
    ...timeline,
    pending: timeline.pending.map((item) => (item.clientId === clientId ? { ...item, status, retryable } : item)),
  };
}

/** Appends a streamed chunk; a chunk arriving after its final message is ignored. */
export function applyDelta(timeline: Timeline, delta: MessageDelta): Timeline {
  if (timeline.messages.some((message) => message.streamId === delta.streamId)) return timeline;
  const existing = timeline.streams.find((stream) => stream.streamId === delta.streamId);
  const streams = existing
    ? timeline.streams.map((stream) => (stream === existing ? { ...stream, text: stream.text + delta.text } : stream))
    : [...timeline.streams, { streamId: delta.streamId, text: delta.text }];
  return { ...timeline, streams };
}

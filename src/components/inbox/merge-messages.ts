// The transcript of one conversation as the inbox shows it, as pure functions so "nothing lost,
// nothing twice" is unit-tested: confirmed messages ordered by seq and unique by id and by seq
// (the REST response, the socket and a resync after a reconnect overlap); the agent's own
// messages still on their way (keyed by clientId); and bot answers still streaming (by streamId).
import type { MessageDto } from "@/features/conversations/message.dto";

export interface PendingMessage {
  clientId: string;
  text: string;
  note: boolean;
  createdAt: string;
  status: "sending" | "failed";
}

export interface StreamingMessage {
  streamId: string;
  text: string;
}

export interface TranscriptState {
  messages: MessageDto[];
  pending: PendingMessage[];
  streams: StreamingMessage[];
}

export const emptyTranscript = (messages: MessageDto[] = []): TranscriptState =>
  mergeMessages({ messages: [], pending: [], streams: [] }, messages).state;

/** The seq to resume from after a reconnect: `GET .../messages?after=<lastSeq>`. */
export const lastSeq = (state: TranscriptState): number => state.messages[state.messages.length - 1]?.seq ?? 0;

function insert(list: readonly MessageDto[], message: MessageDto): MessageDto[] {
  // A later copy of the same message (same id or same seq) replaces the earlier one.
  const rest = list.filter((item) => item.id !== message.id && item.seq !== message.seq);
  const at = rest.findIndex((item) => item.seq > message.seq);
  return at === -1 ? [...rest, message] : [...rest.slice(0, at), message, ...rest.slice(at)];
}

/** Merges messages from any source; `added` lists the ones not seen before (for announcements). */
export function mergeMessages(state: TranscriptState, incoming: readonly MessageDto[]): { state: TranscriptState; added: MessageDto[] } {
  let next = state;
  const added: MessageDto[] = [];
  for (const message of incoming) {
    const known = next.messages.find((item) => item.id === message.id);
    if (!known) added.push(message);
    if (known === message) continue;
    next = {
      messages: insert(next.messages, message),
      pending: message.clientId ? next.pending.filter((item) => item.clientId !== message.clientId) : next.pending,
      // A bot message without a streamId also ends a stream left over from an interrupted answer.
      streams: message.role === "bot" && !message.streamId ? [] : next.streams.filter((stream) => stream.streamId !== message.streamId),
    };
  }
  return { state: next, added };
}

/** Appends a streamed chunk; a chunk arriving after its final message is ignored. */
export function applyDelta(state: TranscriptState, delta: { streamId: string; text: string }): TranscriptState {
  if (state.messages.some((message) => message.streamId === delta.streamId)) return state;
  const existing = state.streams.find((stream) => stream.streamId === delta.streamId);
  const streams = existing
    ? state.streams.map((stream) => (stream === existing ? { ...stream, text: stream.text + delta.text } : stream))
    : [...state.streams, { streamId: delta.streamId, text: delta.text }];
  return { ...state, streams };
}

export function addPending(state: TranscriptState, pending: Omit<PendingMessage, "status">): TranscriptState {
  if (state.messages.some((message) => message.clientId === pending.clientId)) return state;
  const rest = state.pending.filter((item) => item.clientId !== pending.clientId);
  return { ...state, pending: [...rest, { ...pending, status: "sending" }] };
}

export function setPendingStatus(state: TranscriptState, clientId: string, status: PendingMessage["status"]): TranscriptState {
  return { ...state, pending: state.pending.map((item) => (item.clientId === clientId ? { ...item, status } : item)) };
}

export function removePending(state: TranscriptState, clientId: string): TranscriptState {
  return { ...state, pending: state.pending.filter((item) => item.clientId !== clientId) };
}

import { describe, expect, it } from "vitest";
import type { MessageDto } from "@/features/conversations/message.dto";
import { addPending, applyDelta, emptyTranscript, lastSeq, mergeMessages, removePending, setPendingStatus } from "./merge-messages";

const message = (seq: number, extra: Partial<MessageDto> = {}): MessageDto => ({
  id: `m${seq}`,
  conversationId: "c1",
  seq,
  clientId: null,
  role: "visitor",
  body: `message ${seq}`,
  author: null,
  createdAt: new Date(2025, 0, 1, 12, seq).toISOString(),
  confidence: null,
  offerHuman: false,
  ...extra,
});

describe("mergeMessages", () => {
  it("orders by seq whatever the arrival order", () => {
    const state = emptyTranscript([message(3), message(1), message(2)]);
    expect(state.messages.map((item) => item.seq)).toEqual([1, 2, 3]);
    expect(lastSeq(state)).toBe(3);
  });

  it("keeps a message that arrives twice once and reports only new ones", () => {
    const state = emptyTranscript([message(1), message(2)]);
    const { state: next, added } = mergeMessages(state, [message(2), message(3)]);
    expect(next.messages.map((item) => item.id)).toEqual(["m1", "m2", "m3"]);
    expect(added.map((item) => item.id)).toEqual(["m3"]);
  });

  it("keeps the same object when nothing changed", () => {
    const first = message(1);
    const state = emptyTranscript([first]);
    expect(mergeMessages(state, [first]).state).toBe(state);
  });

  it("lets a later copy with the same seq replace the earlier one", () => {
    const state = emptyTranscript([message(1, { id: "old" })]);
    const { state: next } = mergeMessages(state, [message(1, { id: "new", body: "edited" })]);
    expect(next.messages).toHaveLength(1);
    expect(next.messages[0]!.body).toBe("edited");
  });

  it("replaces the pending bubble with the confirmed message of the same clientId", () => {
    let state = addPending(emptyTranscript(), { clientId: "k1", text: "hi", note: false, createdAt: "2025-01-01T00:00:00Z" });
    expect(state.pending).toHaveLength(1);
    state = mergeMessages(state, [message(1, { role: "agent", clientId: "k1", body: "hi" })]).state;
    expect(state.pending).toHaveLength(0);
    expect(state.messages).toHaveLength(1);
  });

  it("does not add a pending bubble for a message already confirmed", () => {
    const state = emptyTranscript([message(1, { role: "agent", clientId: "k1" })]);
    expect(addPending(state, { clientId: "k1", text: "x", note: false, createdAt: "" })).toBe(state);
  });

  it("marks and removes pending messages", () => {
    let state = addPending(emptyTranscript(), { clientId: "k1", text: "hi", note: true, createdAt: "" });
    state = setPendingStatus(state, "k1", "failed");
    expect(state.pending[0]!.status).toBe("failed");
    expect(removePending(state, "k1").pending).toEqual([]);
  });
});

describe("applyDelta", () => {
  it("joins chunks of one stream and drops it when its message arrives", () => {
    let state = applyDelta(emptyTranscript(), { streamId: "s1", text: "Hel" });
    state = applyDelta(state, { streamId: "s1", text: "lo" });
    expect(state.streams).toEqual([{ streamId: "s1", text: "Hello" }]);
    state = mergeMessages(state, [message(1, { role: "bot", streamId: "s1", body: "Hello" })]).state;
    expect(state.streams).toEqual([]);
  });

  it("ignores a chunk that arrives after the final message", () => {
    const state = emptyTranscript([message(1, { role: "bot", streamId: "s1" })]);
    expect(applyDelta(state, { streamId: "s1", text: "late" })).toBe(state);
  });

  it("ends a leftover stream when a bot message without a streamId arrives", () => {
    const state = applyDelta(emptyTranscript(), { streamId: "s1", text: "half an answ" });
    expect(mergeMessages(state, [message(1, { role: "bot" })]).state.streams).toEqual([]);
  });
});

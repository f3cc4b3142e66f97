import { describe, expect, it } from "vitest";
import type { Message } from "../shared/protocol";
import { addPending, applyDelta, createTimeline, lastSeq, mergeMessages, setPendingStatus, startConversation } from "./timeline";

const msg = (seq: number, extra: Partial<Message> = {}): Message => ({
  id: `m${seq}`,
  conversationId: "c1",
  seq,
  clientId: null,
  role: "bot",
  body: `message ${seq}`,
  author: null,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
  ...extra,
});

const seqs = (messages: Message[]) => messages.map((message) => message.seq);

describe("mergeMessages", () => {
  it("orders by seq whatever the arrival order and reports only new messages", () => {
    const first = mergeMessages(createTimeline("c1"), [msg(3), msg(1)]);
    const second = mergeMessages(first.timeline, [msg(2), msg(3)]);
    expect(seqs(second.timeline.messages)).toEqual([1, 2, 3]);
    expect(second.added.map((message) => message.id)).toEqual(["m2"]);
    expect(lastSeq(second.timeline)).toBe(3);
  });

  it("keeps a message once when it comes from the socket, the REST response and a resync", () => {
    let timeline = createTimeline("c1");
    const copies = [msg(1), { ...msg(1) }, structuredClone(msg(1))];
    const added: Message[] = [];
    for (const copy of copies) {
      const result = mergeMessages(timeline, [copy]);
      timeline = result.timeline;
      added.push(...result.added);
    }
    expect(timeline.messages).toHaveLength(1);
    expect(added).toHaveLength(1);
  });

  it("a later copy of the same id replaces the earlier one", () => {
    const { timeline } = mergeMessages(createTimeline("c1"), [msg(1), { ...msg(1), body: "edited" }]);
    expect(timeline.messages.map((message) => message.body)).toEqual(["edited"]);
  });

  it("replaces the pending bubble with the confirmed message of the same clientId", () => {
    let timeline = addPending(createTimeline("c1"), { clientId: "u1", text: "hi", createdAt: "2026-01-01T00:00:00Z" });
    timeline = addPending(timeline, { clientId: "u2", text: "there", createdAt: "2026-01-01T00:00:01Z" });
    timeline = mergeMessages(timeline, [msg(1, { role: "visitor", clientId: "u1", body: "hi" })]).timeline;
    expect(timeline.pending.map((pending) => pending.clientId)).toEqual(["u2"]);
    expect(timeline.messages).toHaveLength(1);
  });

  it("does not add a pending bubble for a clientId that is already confirmed", () => {
    const confirmed = mergeMessages(createTimeline("c1"), [msg(1, { role: "visitor", clientId: "u1" })]).timeline;
    expect(addPending(confirmed, { clientId: "u1", text: "hi", createdAt: "" }).pending).toEqual([]);
  });

  it("marks pending messages failed and sending again without losing them", () => {
    let timeline = addPending(createTimeline(), { clientId: "u1", text: "hi", createdAt: "" });
    timeline = setPendingStatus(timeline, "u1", "failed", false);
    expect(timeline.pending[0]).toMatchObject({ status: "failed", retryable: false });
    timeline = setPendingStatus(timeline, "u1", "sending");
    expect(timeline.pending[0]).toMatchObject({ status: "sending", retryable: true, text: "hi" });
  });

  it("streams deltas into one bubble that the final message with the same streamId replaces", () => {
    let timeline = applyDelta(createTimeline("c1"), { streamId: "s1", text: "Hel" });
    timeline = applyDelta(timeline, { streamId: "s1", text: "lo" });
    expect(timeline.streams).toEqual([{ streamId: "s1", text: "Hello" }]);
    timeline = mergeMessages(timeline, [msg(2, { streamId: "s1", body: "Hello!" })]).timeline;
    expect(timeline.streams).toEqual([]);
    // A late chunk of a finished stream does not bring the bubble back.
    expect(applyDelta(timeline, { streamId: "s1", text: "late" }).streams).toEqual([]);
  });

  it("keeps other streams when one ends, and ends all on a bot message without streamId", () => {
    let timeline = applyDelta(applyDelta(createTimeline("c1"), { streamId: "a", text: "1" }), { streamId: "b", text: "2" });
    timeline = mergeMessages(timeline, [msg(1, { streamId: "a" })]).timeline;
    expect(timeline.streams.map((stream) => stream.streamId)).toEqual(["b"]);
    timeline = mergeMessages(timeline, [msg(2, { role: "agent" })]).timeline;
    expect(timeline.streams).toHaveLength(1);
    timeline = mergeMessages(timeline, [msg(3)]).timeline;
    expect(timeline.streams).toEqual([]);
  });

  it("adopts the conversation of the first message", () => {
    const { timeline } = mergeMessages(createTimeline(null), [msg(1)]);
    expect(timeline.conversationId).toBe("c1");
  });

  it("moves to a new conversation when seq restarts after a resolved one", () => {
    let timeline = mergeMessages(createTimeline("c1"), [msg(1), msg(2), msg(3)]).timeline;
    timeline = addPending(timeline, { clientId: "u9", text: "again", createdAt: "" });
    const result = mergeMessages(timeline, [msg(1, { id: "n1", conversationId: "c2", role: "visitor", clientId: "u9" })]);
    expect(result.timeline.conversationId).toBe("c2");
    expect(result.timeline.messages.map((message) => message.id)).toEqual(["n1"]);
    expect(seqs(result.timeline.earlier)).toEqual([1, 2, 3]);
    expect(result.timeline.pending).toEqual([]);
    expect(lastSeq(result.timeline)).toBe(1);
    // A late copy from the old conversation stays with the old messages, once.
    const late = mergeMessages(result.timeline, [msg(3), msg(4)]).timeline;
    expect(late.messages.map((message) => message.id)).toEqual(["n1"]);
    expect(seqs(late.earlier)).toEqual([1, 2, 3, 4]);
  });

  it("startConversation is a no-op for the current conversation", () => {
    const timeline = mergeMessages(createTimeline("c1"), [msg(1)]).timeline;
    expect(startConversation(timeline, "c1")).toBe(timeline);
  });
});

import { describe, expect, it } from "vitest";
import { isAgentTyping, isDelta, isHandoffCreated, isInboxItem, isMessage, isVisitorTyping } from "./socket-payloads";

const item = {
  id: "c1",
  status: "QUEUED",
  contact: { id: "k1" },
  inbox: { id: "i1" },
  lastSeq: 2,
  lastMessageAt: "2025-01-01T00:00:00Z",
};

describe("socket payload guards", () => {
  it("accepts well-formed payloads", () => {
    expect(isInboxItem(item)).toBe(true);
    expect(isMessage({ id: "m1", conversationId: "c1", seq: 1, body: "hi", role: "note" })).toBe(true);
    expect(isHandoffCreated({ conversation: item, handoff: { id: "h1" } })).toBe(true);
    expect(isDelta({ conversationId: "c1", streamId: "s", text: "x" })).toBe(true);
    expect(isVisitorTyping({ contactId: "k1", typing: true })).toBe(true);
    expect(isAgentTyping({ conversationId: "c1", userId: "u", name: "Omar", typing: false })).toBe(true);
  });

  it.each([null, "x", 1, {}, { ...item, status: "OPEN" }, { ...item, contact: null }])("rejects %j as an item", (value) => {
    expect(isInboxItem(value)).toBe(false);
  });

  it("rejects a message with an unknown role or no seq", () => {
    expect(isMessage({ id: "m1", conversationId: "c1", seq: 1, body: "hi", role: "admin" })).toBe(false);
    expect(isMessage({ id: "m1", conversationId: "c1", body: "hi", role: "bot" })).toBe(false);
  });
});

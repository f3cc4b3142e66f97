import { describe, expect, it } from "vitest";
import type { Message } from "../shared/protocol";
import { buildRows } from "./rows";
import { addPending, applyDelta, createTimeline, mergeMessages } from "./timeline";

const msg = (seq: number, role: Message["role"], name?: string): Message => ({
  id: `m${seq}`, seq, clientId: null, role, body: "x", author: name ? { name, avatarUrl: null } : null, createdAt: "",
});

describe("buildRows", () => {
  it("puts the greeting first, then messages by seq, pending and streaming bubbles last", () => {
    let timeline = mergeMessages(createTimeline("c"), [msg(1, "visitor"), msg(2, "bot"), msg(3, "agent", "Ana")]).timeline;
    timeline = addPending(applyDelta(timeline, { streamId: "s", text: "…" }), { clientId: "u", text: "hi", createdAt: "" });
    const rows = buildRows({ timeline });
    expect(rows.map(({ row }) => row.key)).toEqual(["greeting", "m1", "m2", "m3", "stream-s", "pending-u"]);
  });

  it("groups consecutive rows of one author", () => {
    const timeline = mergeMessages(createTimeline("c"), [msg(1, "bot"), msg(2, "bot"), msg(3, "agent", "Ana"), msg(4, "agent", "Ana"), msg(5, "agent", "Bo")]).timeline;
    const rows = buildRows({ timeline });
    expect(rows.map(({ first, last }) => `${first ? "F" : "-"}${last ? "L" : "-"}`)).toEqual(["F-", "--", "-L", "F-", "-L", "FL"]);
  });
});

import { describe, expect, it } from "vitest";
import type { InboxConversationDto } from "@/features/inbox/inbox.dto";
import { adjustCounts, EMPTY_COUNTS, NO_FILTERS, unreadOf, upsertItem, viewsOf, type UpsertContext } from "./list-state";

const item = (id: string, extra: Partial<InboxConversationDto> = {}): InboxConversationDto => ({
  id,
  inbox: { id: "web", name: "Website", channel: "WEB_WIDGET" },
  status: "QUEUED",
  priority: "NORMAL",
  language: null,
  currentPage: null,
  contact: { id: `contact-${id}`, name: null, email: null, online: true, verified: false },
  assignee: null,
  team: null,
  lastSeq: 3,
  lastMessageAt: "2025-01-01T10:00:00Z",
  lastMessagePreview: null,
  queuedAt: "2025-01-01T10:00:00Z",
  unread: 0,
  reasons: [],
  csatScore: null,
  createdAt: "2025-01-01T09:00:00Z",
  ...extra,
});

const ME = "me";
const queue: UpsertContext = { view: "queue", meId: ME, filters: NO_FILTERS, hasMore: false };

describe("viewsOf", () => {
  it("puts each status in its views", () => {
    expect(viewsOf(item("a"), ME)).toEqual(["queue", "all"]);
    expect(viewsOf(item("a", { status: "ASSIGNED", assignee: { id: ME, name: "Me" } }), ME)).toEqual(["mine", "all"]);
    expect(viewsOf(item("a", { status: "ASSIGNED", assignee: { id: "omar", name: "Omar" } }), ME)).toEqual(["all"]);
    expect(viewsOf(item("a", { status: "BOT" }), ME)).toEqual(["all"]);
    expect(viewsOf(item("a", { status: "RESOLVED" }), ME)).toEqual(["resolved"]);
    expect(viewsOf(item("a", { status: "LEAD_CAPTURE" }), ME)).toEqual(["leads"]);
  });
});

describe("upsertItem", () => {
  const older = item("older", { queuedAt: "2025-01-01T09:00:00Z" });
  const newer = item("newer", { queuedAt: "2025-01-01T11:00:00Z" });

  it("keeps the queue first in, first out", () => {
    const middle = item("middle", { queuedAt: "2025-01-01T10:00:00Z" });
    expect(upsertItem([older, newer], middle, queue).map((x) => x.id)).toEqual(["older", "middle", "newer"]);
  });

  it("removes an item that left the view (claimed from the queue)", () => {
    const claimed = { ...older, status: "ASSIGNED" as const, assignee: { id: "omar", name: "Omar" } };
    expect(upsertItem([older, newer], claimed, queue).map((x) => x.id)).toEqual(["newer"]);
  });

  it("moves an item to the top of 'all' when it gets a new message", () => {
    const context = { ...queue, view: "all" as const };
    const a = item("a", { lastMessageAt: "2025-01-01T12:00:00Z" });
    const b = item("b", { lastMessageAt: "2025-01-01T11:00:00Z" });
    const updated = { ...b, lastMessageAt: "2025-01-01T13:00:00Z" };
    expect(upsertItem([a, b], updated, context).map((x) => x.id)).toEqual(["b", "a"]);
  });

  it("does not append a new item past the loaded page when more pages exist", () => {
    const latest = item("latest", { queuedAt: "2025-01-01T12:00:00Z" });
    expect(upsertItem([older, newer], latest, { ...queue, hasMore: true }).map((x) => x.id)).toEqual(["older", "newer"]);
    expect(upsertItem([older, newer], latest, queue).map((x) => x.id)).toEqual(["older", "newer", "latest"]);
  });

  it("respects the team filter and does not add to a search result", () => {
    const teamed = { ...queue, filters: { ...NO_FILTERS, teamId: "billing" } };
    expect(upsertItem([], item("x"), teamed)).toEqual([]);
    expect(upsertItem([], item("x", { team: { id: "billing", name: "Billing" } }), teamed)).toHaveLength(1);
    expect(upsertItem([], item("x"), { ...queue, filters: { ...NO_FILTERS, q: "ada" } })).toEqual([]);
    expect(upsertItem([item("x")], item("x", { lastSeq: 9 }), { ...queue, filters: { ...NO_FILTERS, q: "ada" } })[0]!.lastSeq).toBe(9);
  });
});

describe("counts", () => {
  it("moves a claimed conversation from the queue to mine", () => {
    const counts = { ...EMPTY_COUNTS, queue: 2, all: 5 };
    const next = adjustCounts(counts, item("a"), item("a", { status: "ASSIGNED", assignee: { id: ME, name: "Me" } }), ME, NO_FILTERS);
    expect(next).toEqual({ ...EMPTY_COUNTS, queue: 1, mine: 1, all: 5 });
  });

  it("moves a resolved conversation out of the open views", () => {
    const counts = { ...EMPTY_COUNTS, mine: 1, all: 1 };
    const next = adjustCounts(counts, item("a", { status: "ASSIGNED", assignee: { id: ME, name: "Me" } }), item("a", { status: "RESOLVED" }), ME, NO_FILTERS);
    expect(next).toEqual({ ...EMPTY_COUNTS, resolved: 1 });
  });

  it("never goes below zero", () => {
    expect(adjustCounts(EMPTY_COUNTS, item("a"), item("a", { status: "RESOLVED" }), ME, NO_FILTERS).queue).toBe(0);
  });
});

describe("unreadOf", () => {
  it("uses the server's count until a local read marker exists", () => {
    expect(unreadOf(item("a", { unread: 2 }), undefined)).toBe(2);
    expect(unreadOf(item("a", { lastSeq: 7 }), 5)).toBe(2);
    expect(unreadOf(item("a", { lastSeq: 7 }), 9)).toBe(0);
  });
});

// The conversation list kept live from socket events, as pure functions: which views an item
// belongs to, where it sorts, and how the counts move when an item changes. The server remains
// the source of truth; a refetch (after a reconnect, or for an item never seen) corrects drift.
import type { InboxConversationDto, InboxCountsDto, InboxView } from "@/features/inbox/inbox.dto";

export interface ListFilters {
  q: string;
  teamId: string | null;
  inboxId: string | null;
}

export const NO_FILTERS: ListFilters = { q: "", teamId: null, inboxId: null };

export const EMPTY_COUNTS: InboxCountsDto = { queue: 0, mine: 0, all: 0, resolved: 0, leads: 0 };

export function viewsOf(item: InboxConversationDto, meId: string): InboxView[] {
  switch (item.status) {
    case "QUEUED":
      return ["queue", "all"];
    case "ASSIGNED":
      return item.assignee?.id === meId ? ["mine", "all"] : ["all"];
    case "BOT":
      return ["all"];
    case "RESOLVED":
      return ["resolved"];
    case "LEAD_CAPTURE":
      return ["leads"];
  }
}

/** Team and inbox filters; a text search can only be judged by the server. */
export const matchesFilters = (item: InboxConversationDto, filters: ListFilters) =>
  (!filters.teamId || item.team?.id === filters.teamId) && (!filters.inboxId || item.inbox.id === filters.inboxId);

const time = (iso: string | null) => (iso ? Date.parse(iso) : Number.POSITIVE_INFINITY);

/** The queue is first in, first out; every other view shows the newest activity first. */
export function compareForView(view: InboxView) {
  if (view === "queue") {
    return (a: InboxConversationDto, b: InboxConversationDto) => time(a.queuedAt) - time(b.queuedAt) || time(a.createdAt) - time(b.createdAt);
  }
  return (a: InboxConversationDto, b: InboxConversationDto) => time(b.lastMessageAt) - time(a.lastMessageAt);
}

export interface UpsertContext {
  view: InboxView;
  meId: string;
  filters: ListFilters;
  /** More pages exist: an item that sorts past the last loaded one belongs to a page not loaded yet. */
  hasMore: boolean;
}

/** The list after `item` changed: updated in place, moved, added or removed as its view requires. */
export function upsertItem(items: readonly InboxConversationDto[], item: InboxConversationDto, context: UpsertContext): InboxConversationDto[] {
  const present = items.some((existing) => existing.id === item.id);
  const rest = items.filter((existing) => existing.id !== item.id);
  const fits = viewsOf(item, context.meId).includes(context.view) && matchesFilters(item, context.filters);
  // A search result set is the server's call: update what it returned, add nothing new.
  if (!fits || (!present && context.filters.q.trim())) return present ? rest : (items as InboxConversationDto[]);
  const compare = compareForView(context.view);
  const at = rest.findIndex((existing) => compare(item, existing) < 0);
  if (at === -1) return context.hasMore && !present ? rest : [...rest, item];
  return [...rest.slice(0, at), item, ...rest.slice(at)];
}

/** Counts after an item moved from `previous` to `next`, both as the filters see them. */
export function adjustCounts(
  counts: InboxCountsDto,
  previous: InboxConversationDto,
  next: InboxConversationDto,
  meId: string,
  filters: ListFilters,
): InboxCountsDto {
  const membership = (item: InboxConversationDto) => (matchesFilters(item, filters) ? viewsOf(item, meId) : []);
  const before = membership(previous);
  const after = membership(next);
  const result = { ...counts };
  for (const view of before) if (!after.includes(view)) result[view] = Math.max(0, result[view] - 1);
  for (const view of after) if (!before.includes(view)) result[view] += 1;
  return result;
}

/** Unread messages from the seq this agent has read up to (kept locally, so a broadcast item's
 * `unread`, computed for nobody in particular, does not overwrite it). */
export const unreadOf = (item: InboxConversationDto, readSeq: number | undefined) =>
  readSeq === undefined ? item.unread : Math.max(0, item.lastSeq - readSeq);

import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { presenceOnline } from "@/server/presence";
import type { InboxCountsDto } from "./inbox.dto";
import type { TInboxListQuery } from "./inbox.schemas";
import { countViewsCapped, findInboxListItems, findInboxPage, type InboxFilters } from "./inbox-list.repository";
import { encodeInboxCursor } from "./inbox-cursor";
import { toInboxItemDto } from "./inbox.mappers";

/** One page of a view, plus the (capped) counts of every view under the same filters (search aside). */
export async function findInboxConversations({ actor, query }: { actor: Actor; query: TInboxListQuery }) {
  const filters: InboxFilters = { organizationId: actor.organizationId, userId: actor.userId, teamId: query.teamId, inboxId: query.inboxId, q: query.q };
  const [page, counts] = await Promise.all([
    findInboxPage(db, { view: query.view, filters, cursor: query.cursor, take: query.limit + 1 }),
    countViewsCapped(db, { ...filters, q: undefined }) as Promise<InboxCountsDto>,
  ]);
  const shown = page.slice(0, query.limit);
  const [rows, online] = await Promise.all([
    findInboxListItems(db, { organizationId: actor.organizationId, ids: shown.map((row) => row.id), userId: actor.userId }),
    presenceOnline("visitors", actor.organizationId, shown.map((row) => row.contactId)),
  ]);
  const last = shown.at(-1);
  return {
    conversations: rows.map((row) => toInboxItemDto(row, online.has(row.contactId))),
    counts,
    nextCursor: page.length > query.limit && last ? encodeInboxCursor({ at: last.sortAt?.toISOString() ?? null, id: last.id }) : null,
  };
}

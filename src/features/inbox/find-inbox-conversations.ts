import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { presenceOnline } from "@/server/presence";
import type { InboxCountsDto, InboxView } from "./inbox.dto";
import type { TInboxListQuery } from "./inbox.schemas";
import { countView, findInboxItems, viewOrder, viewWhere, type InboxFilters } from "./inbox.repository";
import { toInboxItemDto } from "./inbox.mappers";

const VIEWS: InboxView[] = ["queue", "mine", "all", "resolved", "leads"];

/** One page of a view, plus the counts of every view under the same filters (search aside). */
export async function findInboxConversations({ actor, query }: { actor: Actor; query: TInboxListQuery }) {
  const filters: InboxFilters = { organizationId: actor.organizationId, userId: actor.userId, teamId: query.teamId, inboxId: query.inboxId, q: query.q };
  const offset = query.cursor ?? 0;
  const [rows, counts] = await Promise.all([
    findInboxItems(db, { organizationId: actor.organizationId, where: viewWhere(query.view, filters), orderBy: viewOrder(query.view), userId: actor.userId, take: query.limit + 1, skip: offset }),
    countViews({ ...filters, q: undefined }),
  ]);
  const page = rows.slice(0, query.limit);
  const online = await presenceOnline("visitors", actor.organizationId, page.map((row) => row.contactId));
  return {
    conversations: page.map((row) => toInboxItemDto(row, online.has(row.contactId))),
    counts,
    nextCursor: rows.length > query.limit ? String(offset + query.limit) : null,
  };
}

async function countViews(filters: InboxFilters): Promise<InboxCountsDto> {
  const counts = await Promise.all(VIEWS.map((view) => countView(db, viewWhere(view, filters))));
  return Object.fromEntries(VIEWS.map((view, i) => [view, counts[i]])) as unknown as InboxCountsDto;
}

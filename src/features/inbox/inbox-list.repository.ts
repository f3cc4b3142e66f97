// The inbox list at scale, in SQL: a view's page of ids (keyset, LIMIT) and every view's capped
// count. Each view walks one composite index, (organizationId, status | assigneeId | inboxId |
// teamId, ..., lastMessageAt) or (organizationId, status, queuedAt); search is ILIKE '%term%',
// which the pg_trgm GIN indexes on Message.body, Contact.name and Contact.email serve (Prisma's
// relation filters joined every contact of the view, two hash joins over the whole table).
import { Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";
import { INBOX_COUNT_CAP, type InboxView } from "./inbox.dto";
import type { InboxCursor } from "./inbox-cursor";
import type { InboxItemSource } from "./inbox.mappers";

export interface InboxFilters {
  organizationId: string;
  userId: string;
  teamId?: string;
  inboxId?: string;
  q?: string;
}

export const INBOX_VIEWS: InboxView[] = ["queue", "mine", "all", "resolved", "leads"];

// Literals, not parameters: a text parameter does not compare with the enum column.
function viewCondition(view: InboxView, userId: string): Prisma.Sql {
  switch (view) {
    case "queue":
      return Prisma.sql`c.status = 'QUEUED'`;
    case "mine":
      return Prisma.sql`c.status = 'ASSIGNED' AND c."assigneeId" = ${userId}`;
    case "all":
      return Prisma.sql`c.status IN ('BOT', 'QUEUED', 'ASSIGNED')`;
    case "resolved":
      return Prisma.sql`c.status = 'RESOLVED'`;
    case "leads":
      return Prisma.sql`c.status = 'LEAD_CAPTURE'`;
  }
}

/** `%term%` with LIKE's own characters escaped, so "50%" or "a_b" match literally. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

// A conversation matches when its contact's name or email, or one of its messages, contains the
// term. Two shapes of the same condition, for the two kinds of term (see findInboxPage). Every
// subquery is tenant-scoped too, although the outer organizationId already is.
function matchesPerRow(organizationId: string, pattern: string): Prisma.Sql {
  return Prisma.sql`(
    EXISTS (SELECT 1 FROM "Contact" ct WHERE ct.id = c."contactId" AND ct."organizationId" = ${organizationId} AND (ct.name ILIKE ${pattern} OR ct.email ILIKE ${pattern}))
    OR EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = c.id AND m."organizationId" = ${organizationId} AND m.body ILIKE ${pattern}))`;
}

function matchingConversationIds(organizationId: string, pattern: string): Prisma.Sql {
  return Prisma.sql`
    SELECT m."conversationId" AS id FROM "Message" m WHERE m."organizationId" = ${organizationId} AND m.body ILIKE ${pattern}
    UNION
    SELECT c2.id FROM "Contact" ct JOIN "Conversation" c2 ON c2."contactId" = ct.id AND c2."organizationId" = ${organizationId}
    WHERE ct."organizationId" = ${organizationId} AND (ct.name ILIKE ${pattern} OR ct.email ILIKE ${pattern})`;
}

/** A view under the team and inbox filters (alias c); the search term is findInboxPage's to apply. */
function viewWhere(view: InboxView, { organizationId, userId, teamId, inboxId }: InboxFilters): Prisma.Sql {
  const parts = [Prisma.sql`c."organizationId" = ${organizationId}`, viewCondition(view, userId)];
  if (teamId) parts.push(Prisma.sql`c."teamId" = ${teamId}`);
  if (inboxId) parts.push(Prisma.sql`c."inboxId" = ${inboxId}`);
  return Prisma.join(parts, " AND ");
}

/** Queue: first in, first out (never-queued rows last, as ORDER BY puts NULLs). Everything else: latest activity first. */
function keyset(view: InboxView, cursor: InboxCursor | undefined): Prisma.Sql {
  if (!cursor) return Prisma.empty;
  // Columns are `timestamp` holding UTC: the ISO string is read as an instant and turned back.
  const at = Prisma.sql`(${cursor.at ?? new Date(0).toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  if (view !== "queue") return Prisma.sql`AND (c."lastMessageAt", c.id) < (${at}, ${cursor.id})`;
  if (cursor.at === null) return Prisma.sql`AND c."queuedAt" IS NULL AND c.id > ${cursor.id}`;
  return Prisma.sql`AND (c."queuedAt" > ${at} OR (c."queuedAt" = ${at} AND c.id > ${cursor.id}) OR c."queuedAt" IS NULL)`;
}

const order = (view: InboxView) => (view === "queue" ? Prisma.sql`c."queuedAt" ASC, c.id ASC` : Prisma.sql`c."lastMessageAt" DESC, c.id DESC`);

export interface InboxPageRow {
  id: string;
  contactId: string;
  /** The ordering column (queuedAt for the queue, lastMessageAt otherwise): the next cursor. */
  sortAt: Date | null;
}

// How many of the view's latest conversations a search checks one by one before it asks the
// trigram indexes instead: 200 conversations of ~50 messages read ~10,000 index entries (a few ms).
const SEARCH_WALK = 200;

/**
 * A page of a view. With a search term, first the view's latest SEARCH_WALK conversations are
 * checked one by one: a common word ("refund") fills the page there, where the trigram index
 * would have to collect hundreds of thousands of matching messages first. When they do not fill
 * the page, the term is rare: its matches come from the trigram indexes (a few rows) and are
 * joined to the view. (One query cannot do both: the planner picks one shape by its estimates,
 * and walking 100,000 resolved chats for a name that matches none took 40 ms.)
 */
export async function findInboxPage(db: DbClient, { view, filters, cursor, take }: { view: InboxView; filters: InboxFilters; cursor?: InboxCursor; take: number }): Promise<InboxPageRow[]> {
  const sortColumn = view === "queue" ? Prisma.sql`c."queuedAt"` : Prisma.sql`c."lastMessageAt"`;
  const { q } = filters;
  if (!q) {
    return db.$queryRaw<InboxPageRow[]>`
      SELECT c.id, c."contactId", ${sortColumn} AS "sortAt" FROM "Conversation" c
      WHERE ${viewWhere(view, filters)} ${keyset(view, cursor)}
      ORDER BY ${order(view)} LIMIT ${take}`;
  }
  const pattern = likePattern(q);
  const walked = await db.$queryRaw<InboxPageRow[]>`
    SELECT c.id, c."contactId", ${sortColumn} AS "sortAt"
    FROM (SELECT * FROM "Conversation" c WHERE ${viewWhere(view, filters)} ${keyset(view, cursor)} ORDER BY ${order(view)} LIMIT ${SEARCH_WALK}) c
    WHERE ${matchesPerRow(filters.organizationId, pattern)}
    ORDER BY ${order(view)} LIMIT ${take}`;
  if (walked.length >= take) return walked;
  // The matches first, then each one's conversation by primary key (LATERAL): left to itself, with
  // stale or no statistics, the planner rescanned the whole match list for every conversation of the view.
  return db.$queryRaw<InboxPageRow[]>`
    WITH matches AS MATERIALIZED (${matchingConversationIds(filters.organizationId, pattern)})
    SELECT c.id, c."contactId", c."sortAt" FROM matches
    CROSS JOIN LATERAL (
      SELECT c.id, c."contactId", c."queuedAt", c."lastMessageAt", ${sortColumn} AS "sortAt" FROM "Conversation" c
      WHERE c.id = matches.id AND ${viewWhere(view, filters)} ${keyset(view, cursor)}
      LIMIT 1 -- one row per id; it also keeps the planner from flattening this back into a join
    ) c
    ORDER BY ${order(view)} LIMIT ${take}`;
}

/**
 * Every view's count under the same team and inbox filters (not the search term), in one round trip, each stopping at
 * INBOX_COUNT_CAP: the Resolved view alone holds ~95% of a workspace's conversations, and the
 * tabs show "999+" beyond the cap rather than walk 100,000 index entries on every refresh.
 */
export async function countViewsCapped(db: DbClient, filters: InboxFilters): Promise<Record<InboxView, number>> {
  const counts = INBOX_VIEWS.map(
    (view) => Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM "Conversation" c WHERE ${viewWhere(view, filters)} LIMIT ${INBOX_COUNT_CAP}) x) AS ${Prisma.raw(`"${view}"`)}`,
  );
  const rows = await db.$queryRaw<Record<InboxView, number>[]>`SELECT ${Prisma.join(counts, ", ")}`;
  return rows[0]!;
}

interface InboxListItemRow extends Omit<InboxItemSource, "handoffs" | "reads" | "messages"> {
  contactId: string;
  handoffReasons: Prisma.JsonValue | null;
  handoffStatus: InboxItemSource["handoffs"][number]["status"] | null;
  lastReadSeq: number | null;
  previewBody: string | null;
}

/**
 * The list items of a page, in the page's order, in one statement: the conversation with its
 * inbox, contact, assignee and team, its latest handoff, this agent's read marker and the last
 * visitor/bot/agent line (one LIMIT 1 on Message (conversationId, seq) each). Prisma's include
 * sent one query per relation after the conversations' (seven round trips for a page).
 */
export async function findInboxListItems(db: DbClient, { organizationId, ids, userId }: { organizationId: string; ids: string[]; userId: string }): Promise<(InboxItemSource & { contactId: string })[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<InboxListItemRow[]>`
    SELECT c.id, c."contactId", c.status::text AS status, c.priority::text AS priority, c.language, c."currentPage", c."lastSeq",
           c."lastMessageAt", c."queuedAt", c."csatScore", c."isTest", c."createdAt",
           json_build_object('id', i.id, 'name', i.name, 'channel', i.channel) AS inbox,
           json_build_object('id', ct.id, 'name', ct.name, 'email', ct.email, 'identityVerified', ct."identityVerified") AS contact,
           CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name, 'image', u.image) END AS assignee,
           CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object('id', t.id, 'name', t.name) END AS team,
           h.reasons AS "handoffReasons", h.status::text AS "handoffStatus", r."lastReadSeq", m.body AS "previewBody"
    FROM unnest(${ids}::text[]) WITH ORDINALITY AS page(id, n)
    JOIN "Conversation" c ON c.id = page.id AND c."organizationId" = ${organizationId}
    JOIN "Inbox" i ON i.id = c."inboxId"
    JOIN "Contact" ct ON ct.id = c."contactId"
    LEFT JOIN "User" u ON u.id = c."assigneeId"
    LEFT JOIN "Team" t ON t.id = c."teamId"
    LEFT JOIN LATERAL (SELECT x.reasons, x.status FROM "Handoff" x WHERE x."conversationId" = c.id ORDER BY x."createdAt" DESC LIMIT 1) h ON true
    LEFT JOIN "ConversationRead" r ON r."userId" = ${userId} AND r."conversationId" = c.id
    LEFT JOIN LATERAL (
      SELECT x.body FROM "Message" x
      WHERE x."conversationId" = c.id AND x."organizationId" = ${organizationId} AND x.role IN ('VISITOR', 'BOT', 'AGENT')
      ORDER BY x.seq DESC LIMIT 1
    ) m ON true
    ORDER BY page.n`;
  return rows.map(({ handoffReasons, handoffStatus, lastReadSeq, previewBody, ...row }) => ({
    ...row,
    handoffs: handoffStatus ? [{ reasons: handoffReasons, status: handoffStatus }] : [],
    reads: lastReadSeq === null ? [] : [{ lastReadSeq }],
    messages: previewBody === null ? [] : [{ body: previewBody }],
  }));
}

// The analytics figures computed straight from Conversation and Handoff rows: what the daily
// rollup (analytics-rollup.repository.ts) must reproduce exactly. The report reads the rollup;
// these are the reference `bench/inbox-query.ts --verify` compares it with at scale.
//
// Definitions (README "Analytics"):
// - a conversation belongs to the range it was created in; a handoff to the range it was requested in;
// - escalated: the conversation has at least one handoff that is not a transfer between agents;
// - automated: not escalated, never queued, never assigned, and not a lead (status BOT or RESOLVED);
// - times are seconds from the handoff's request (createdAt) to claimedAt, firstHumanReplyAt, resolvedAt;
// - CSAT counts the ratings of conversations created in the range; per agent/team by assignee/team.
import { Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";
import { addDays, type AnalyticsRange } from "./analytics.schemas";
import {
  NOT_TRANSFER, REASON_CODES, hi, lo, localDay, scope,
  type ChannelRow, type ConversationTotalsRow, type CsatRow, type DailyRow, type HandoffTotalsRow, type PerformanceRow, type ReasonDayRow,
} from "./analytics.repository";

const conversationsInRange = (r: AnalyticsRange) => Prisma.sql`${scope(r)} AND c."createdAt" >= ${lo(r)} AND c."createdAt" < ${hi(r)}`;

/** Handoffs requested in the range whose conversation is in scope (alias h, c). */
const handoffsInRange = (r: AnalyticsRange) => Prisma.sql`"Handoff" h JOIN "Conversation" c ON c.id = h."conversationId"
  WHERE h."organizationId" = ${r.organizationId} AND h."createdAt" >= ${lo(r)} AND h."createdAt" < ${hi(r)} AND ${NOT_TRANSFER} AND ${scope(r)}`;

// Conversations in range (alias c) with an `escalated` flag. Handoffs are always requested after
// their conversation started, so ">= lo" bounds the lookup. A join to the distinct ids rather
// than `c.id IN (...)`: that expression is referenced twice and was planned (and hashed) twice.
const conversationsWithEscalation = (r: AnalyticsRange, columns: Prisma.Sql) => Prisma.sql`
  SELECT ${columns}, e.id IS NOT NULL AS escalated
  FROM "Conversation" c
  LEFT JOIN (
    SELECT DISTINCT h."conversationId" AS id FROM "Handoff" h WHERE h."organizationId" = ${r.organizationId} AND h."createdAt" >= ${lo(r)} AND ${NOT_TRANSFER}
  ) e ON e.id = c.id
  WHERE ${conversationsInRange(r)}`;

const AUTOMATED = Prisma.sql`NOT escalated AND "queuedAt" IS NULL AND "assignedAt" IS NULL AND status IN ('BOT', 'RESOLVED')`;

const seconds = (to: string) => Prisma.sql`extract(epoch FROM (h.${Prisma.raw(`"${to}"`)} - h."createdAt"))::float8`;
const p = (fraction: number, to: string) => Prisma.sql`percentile_cont(${fraction}::float8) WITHIN GROUP (ORDER BY ${seconds(to)})`;

export async function rawConversationTotals(db: DbClient, r: AnalyticsRange): Promise<ConversationTotalsRow> {
  const rows = await db.$queryRaw<ConversationTotalsRow[]>`
    WITH conv AS (${conversationsWithEscalation(r, Prisma.sql`c.status, c."queuedAt", c."assignedAt", c."csatScore"`)})
    SELECT count(*)::int AS conversations,
           (count(*) FILTER (WHERE ${AUTOMATED}))::int AS automated,
           (count(*) FILTER (WHERE escalated))::int AS escalated,
           avg("csatScore")::float8 AS "csatAverage",
           count("csatScore")::int AS "csatResponses"
    FROM conv`;
  return rows[0]!;
}

export async function rawHandoffTotals(db: DbClient, r: AnalyticsRange): Promise<HandoffTotalsRow> {
  const rows = await db.$queryRaw<HandoffTotalsRow[]>`
    SELECT count(*)::int AS handoffs, count(h."claimedAt")::int AS claimed,
           ${p(0.5, "claimedAt")} AS "claimP50", ${p(0.9, "claimedAt")} AS "claimP90",
           ${p(0.5, "firstHumanReplyAt")} AS "firstReplyP50", ${p(0.9, "firstHumanReplyAt")} AS "firstReplyP90",
           ${p(0.5, "resolvedAt")} AS "resolutionP50", ${p(0.9, "resolvedAt")} AS "resolutionP90"
    FROM ${handoffsInRange(r)}`;
  return rows[0]!;
}

/**
 * One row per local day of the range, zeros included, so charts need no gap filling. The two
 * aggregates are one UNION ALL grouped once, and the empty days are added here: joining a
 * generate_series to grouped expressions made the planner guess millions of rows, and past its
 * JIT threshold compiling the query cost more than running it.
 */
export async function rawDaily(db: DbClient, r: AnalyticsRange): Promise<DailyRow[]> {
  const rows = await db.$queryRaw<DailyRow[]>`
    WITH conv AS (${conversationsWithEscalation(r, Prisma.sql`${localDay(Prisma.sql`c."createdAt"`, r)} AS day, c.status, c."queuedAt", c."assignedAt"`)})
    SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(conversations)::int AS conversations, sum(automated)::int AS automated,
           sum(escalated)::int AS escalated, sum(handoffs)::int AS handoffs
    FROM (
      SELECT day, 1 AS conversations, (${AUTOMATED})::int AS automated, escalated::int AS escalated, 0 AS handoffs FROM conv
      UNION ALL
      SELECT ${localDay(Prisma.sql`h."createdAt"`, r)}, 0, 0, 0, 1 FROM ${handoffsInRange(r)}
    ) x
    GROUP BY day`;
  const byDay = new Map(rows.map((row) => [row.day, row]));
  const days: DailyRow[] = [];
  for (let day = r.from; day <= r.to; day = addDays(day, 1)) days.push(byDay.get(day) ?? { day, conversations: 0, automated: 0, escalated: 0, handoffs: 0 });
  return days;
}

/**
 * Handoffs per local day and reason code; a handoff with two reasons counts once under each, and
 * one with no known reason as "unspecified". One FILTER per code rather than unnesting the JSON:
 * the planner guesses 100 rows per unnested array, which pushed the plan over the JIT threshold.
 */
export async function rawReasonsByDay(db: DbClient, r: AnalyticsRange): Promise<ReasonDayRow[]> {
  const has = (code: string) => Prisma.sql`h.reasons @> ${JSON.stringify([{ code }])}::jsonb`;
  const counts = REASON_CODES.map((code) => Prisma.sql`(count(*) FILTER (WHERE ${has(code)}))::int AS ${Prisma.raw(`"${code}"`)}`);
  const unspecified = Prisma.sql`(count(*) FILTER (WHERE NOT (${Prisma.join(REASON_CODES.map(has), " OR ")})))::int AS unspecified`;
  const rows = await db.$queryRaw<(Record<string, number> & { day: string })[]>`
    SELECT to_char(${localDay(Prisma.sql`h."createdAt"`, r)}, 'YYYY-MM-DD') AS day, ${Prisma.join(counts, ", ")}, ${unspecified}
    FROM ${handoffsInRange(r)}
    GROUP BY 1 ORDER BY 1`;
  return rows.flatMap((row) =>
    [...REASON_CODES, "unspecified"].filter((reason) => (row[reason] ?? 0) > 0).sort().map((reason) => ({ day: row.day, reason, handoffs: row[reason]! })),
  );
}

export function rawByChannel(db: DbClient, r: AnalyticsRange): Promise<ChannelRow[]> {
  return db.$queryRaw<ChannelRow[]>`
    WITH conv AS (
      SELECT c."inboxId", count(*)::int AS n FROM "Conversation" c WHERE ${conversationsInRange(r)} GROUP BY 1
    ), hand AS (
      SELECT c."inboxId", count(*)::int AS n FROM ${handoffsInRange(r)} GROUP BY 1
    )
    SELECT i.channel::text AS channel, coalesce(sum(conv.n), 0)::int AS conversations, coalesce(sum(hand.n), 0)::int AS handoffs
    FROM "Inbox" i LEFT JOIN conv ON conv."inboxId" = i.id LEFT JOIN hand ON hand."inboxId" = i.id
    WHERE i."organizationId" = ${r.organizationId} AND (conv.n IS NOT NULL OR hand.n IS NOT NULL)
    GROUP BY 1 ORDER BY 1`;
}

export function rawCsatDistribution(db: DbClient, r: AnalyticsRange): Promise<CsatRow[]> {
  return db.$queryRaw<CsatRow[]>`
    SELECT c."csatScore"::int AS score, count(*)::int AS responses
    FROM "Conversation" c WHERE ${conversationsInRange(r)} AND c."csatScore" IS NOT NULL
    GROUP BY 1 ORDER BY 1`;
}

/** Per agent: handoffs they claimed (requested in range), and the ratings of chats they had at resolve. */
export function rawByAgent(db: DbClient, r: AnalyticsRange): Promise<PerformanceRow[]> {
  return db.$queryRaw<PerformanceRow[]>`
    WITH hs AS (
      SELECT h."claimedById" AS id, count(*)::int AS claimed, ${p(0.5, "firstHumanReplyAt")} AS first_reply, ${p(0.5, "resolvedAt")} AS resolution
      FROM ${handoffsInRange(r)} AND h."claimedById" IS NOT NULL GROUP BY 1
    ), cs AS (
      SELECT c."assigneeId" AS id, avg(c."csatScore")::float8 AS csat, count(*)::int AS responses
      FROM "Conversation" c WHERE ${conversationsInRange(r)} AND c."assigneeId" IS NOT NULL AND c."csatScore" IS NOT NULL GROUP BY 1
    ), ids AS (SELECT id FROM hs UNION SELECT id FROM cs)
    SELECT u.id, u.name, coalesce(hs.claimed, 0) AS "handoffsClaimed", hs.first_reply AS "firstReplyP50", hs.resolution AS "resolutionP50",
           cs.csat AS "csatAverage", coalesce(cs.responses, 0) AS "csatResponses"
    FROM ids JOIN "User" u ON u.id = ids.id LEFT JOIN hs ON hs.id = ids.id LEFT JOIN cs ON cs.id = ids.id
    ORDER BY "handoffsClaimed" DESC, u.name`;
}

/** Per team: handoffs routed to it (requested in range, claimed or not), and its chats' ratings. */
export function rawByTeam(db: DbClient, r: AnalyticsRange): Promise<PerformanceRow[]> {
  return db.$queryRaw<PerformanceRow[]>`
    WITH hs AS (
      SELECT h."teamId" AS id, count(h."claimedAt")::int AS claimed, ${p(0.5, "firstHumanReplyAt")} AS first_reply, ${p(0.5, "resolvedAt")} AS resolution
      FROM ${handoffsInRange(r)} AND h."teamId" IS NOT NULL GROUP BY 1
    ), cs AS (
      SELECT c."teamId" AS id, avg(c."csatScore")::float8 AS csat, count(*)::int AS responses
      FROM "Conversation" c WHERE ${conversationsInRange(r)} AND c."teamId" IS NOT NULL AND c."csatScore" IS NOT NULL GROUP BY 1
    ), ids AS (SELECT id FROM hs UNION SELECT id FROM cs)
    SELECT t.id, t.name, coalesce(hs.claimed, 0) AS "handoffsClaimed", hs.first_reply AS "firstReplyP50", hs.resolution AS "resolutionP50",
           cs.csat AS "csatAverage", coalesce(cs.responses, 0) AS "csatResponses"
    FROM ids JOIN "Team" t ON t.id = ids.id AND t."organizationId" = ${r.organizationId}
    LEFT JOIN hs ON hs.id = ids.id LEFT JOIN cs ON cs.id = ids.id
    ORDER BY "handoffsClaimed" DESC, t.name`;
}

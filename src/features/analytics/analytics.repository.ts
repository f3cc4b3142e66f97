// Every analytics figure of the report, read from the daily rollup (AnalyticsDaySlice, kept by
// analytics-rollup.repository.ts): at most one row per day and inbox for the totals, one per day,
// inbox and agent/team for the tables, so a 90-day report reads a few hundred small rows instead
// of 50,000 conversations and 15,000 handoffs. Callers refresh the range first
// (refreshAnalyticsRollup). The same figures straight from the raw rows, which the rollup must
// equal, are in analytics-raw.repository.ts; the definitions are there too.
//
// Dates are bucketed in the workspace's time zone. Columns are `timestamp` holding UTC, so a local
// day d is [d 00:00 tz, d+1 00:00 tz) turned back into UTC.
import { Prisma, ReasonCode } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";
import { addDays, type AnalyticsRange } from "./analytics.schemas";

// The trigger engine's reason codes; a handoff with none of them is "unspecified".
export const REASON_CODES = Object.values(ReasonCode);

export const lo = (r: AnalyticsRange) => Prisma.sql`((${r.from}::date)::timestamp AT TIME ZONE ${r.timezone}) AT TIME ZONE 'UTC'`;
export const hi = (r: AnalyticsRange) => Prisma.sql`((${r.to}::date + 1)::timestamp AT TIME ZONE ${r.timezone}) AT TIME ZONE 'UTC'`;
export const localDay = (column: Prisma.Sql, r: AnalyticsRange) => Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${r.timezone})::date`;

/** The conversation filters every raw query shares (alias c): tenant, no test chats, inbox or channel. */
export function scope(r: AnalyticsRange) {
  return Prisma.sql`c."organizationId" = ${r.organizationId} AND c."isTest" = false
    ${r.inboxId ? Prisma.sql`AND c."inboxId" = ${r.inboxId}` : Prisma.empty}
    ${r.channel ? Prisma.sql`AND c."inboxId" IN (SELECT i.id FROM "Inbox" i WHERE i."organizationId" = ${r.organizationId} AND i.channel = ${r.channel}::"ChannelType")` : Prisma.empty}`;
}

// A transfer between agents writes a handoff row too; it is not an escalation from the bot.
export const NOT_TRANSFER = Prisma.sql`NOT (h.reasons @> '[{"code":"transfer"}]'::jsonb)`;

/** The rollup rows of the range (alias s) for one slice kind, with the inbox or channel filter. */
function slices(r: AnalyticsRange, slice: "inbox" | "agent" | "team") {
  return Prisma.sql`"AnalyticsDaySlice" s WHERE ${inSlices(r, slice)}`;
}

function inSlices(r: AnalyticsRange, slice: "inbox" | "agent" | "team") {
  return Prisma.sql`s."organizationId" = ${r.organizationId} AND s.timezone = ${r.timezone} AND s.slice = ${slice}
      AND s.day >= ${r.from}::date AND s.day <= ${r.to}::date
      ${r.inboxId ? Prisma.sql`AND s."inboxId" = ${r.inboxId}` : Prisma.empty}
      ${r.channel ? Prisma.sql`AND s."inboxId" IN (SELECT i.id FROM "Inbox" i WHERE i."organizationId" = ${r.organizationId} AND i.channel = ${r.channel}::"ChannelType")` : Prisma.empty}`;
}

// Both fractions from one sort per column: the same interpolation as percentile_cont over the raw rows.
const P50_P90 = Prisma.sql`percentile_cont(ARRAY[0.5, 0.9]::float8[])`;

export interface ConversationTotalsRow {
  conversations: number;
  automated: number;
  escalated: number;
  csatAverage: number | null;
  csatResponses: number;
}

export async function conversationTotals(db: DbClient, r: AnalyticsRange): Promise<ConversationTotalsRow> {
  const rows = await db.$queryRaw<ConversationTotalsRow[]>`
    WITH s AS (SELECT s.conversations, s.automated, s.escalated, s."csatScores" FROM ${slices(r, "inbox")})
    SELECT coalesce(sum(conversations), 0)::int AS conversations, coalesce(sum(automated), 0)::int AS automated,
           coalesce(sum(escalated), 0)::int AS escalated,
           (SELECT avg(x)::float8 FROM s, unnest(s."csatScores") x) AS "csatAverage",
           (SELECT count(*)::int FROM s, unnest(s."csatScores") x) AS "csatResponses"
    FROM s`;
  return rows[0]!;
}

export interface HandoffTotalsRow {
  handoffs: number;
  claimed: number;
  claimP50: number | null;
  claimP90: number | null;
  firstReplyP50: number | null;
  firstReplyP90: number | null;
  resolutionP50: number | null;
  resolutionP90: number | null;
}

export async function handoffTotals(db: DbClient, r: AnalyticsRange): Promise<HandoffTotalsRow> {
  const rows = await db.$queryRaw<HandoffTotalsRow[]>`
    -- One pass: the three arrays unnested side by side (see performance() below for the counts).
    WITH t AS (
      SELECT coalesce(sum(s.handoffs) FILTER (WHERE u.n IS NULL OR u.n = 1), 0)::int AS handoffs,
             coalesce(sum(s.claimed) FILTER (WHERE u.n IS NULL OR u.n = 1), 0)::int AS claimed,
             ${P50_P90} WITHIN GROUP (ORDER BY u.claim) AS claim, ${P50_P90} WITHIN GROUP (ORDER BY u.reply) AS reply,
             ${P50_P90} WITHIN GROUP (ORDER BY u.resolution) AS resolution
      FROM "AnalyticsDaySlice" s
      LEFT JOIN LATERAL unnest(s."claimSeconds", s."firstReplySeconds", s."resolutionSeconds") WITH ORDINALITY AS u(claim, reply, resolution, n) ON true
      WHERE ${inSlices(r, "inbox")}
    )
    SELECT handoffs, claimed, claim[1] AS "claimP50", claim[2] AS "claimP90", reply[1] AS "firstReplyP50", reply[2] AS "firstReplyP90",
           resolution[1] AS "resolutionP50", resolution[2] AS "resolutionP90"
    FROM t`;
  return rows[0]!;
}

export interface DailyRow {
  day: string;
  conversations: number;
  automated: number;
  escalated: number;
  handoffs: number;
}

/** One row per local day of the range, zeros included, so charts need no gap filling. */
export async function daily(db: DbClient, r: AnalyticsRange): Promise<DailyRow[]> {
  const rows = await db.$queryRaw<DailyRow[]>`
    SELECT to_char(s.day, 'YYYY-MM-DD') AS day, sum(conversations)::int AS conversations, sum(automated)::int AS automated,
           sum(escalated)::int AS escalated, sum(handoffs)::int AS handoffs
    FROM ${slices(r, "inbox")}
    GROUP BY s.day`;
  const byDay = new Map(rows.map((row) => [row.day, row]));
  const days: DailyRow[] = [];
  for (let day = r.from; day <= r.to; day = addDays(day, 1)) days.push(byDay.get(day) ?? { day, conversations: 0, automated: 0, escalated: 0, handoffs: 0 });
  return days;
}

export interface ReasonDayRow {
  day: string;
  reason: string;
  handoffs: number;
}

/** Handoffs per local day and reason code; a handoff with two reasons counts once under each, one with no known reason as "unspecified". */
export async function reasonsByDay(db: DbClient, r: AnalyticsRange): Promise<ReasonDayRow[]> {
  const rows = await db.$queryRaw<ReasonDayRow[]>`
    WITH s AS (SELECT s.day, s."reasonCounts" FROM ${slices(r, "inbox")})
    SELECT to_char(s.day, 'YYYY-MM-DD') AS day, reason.key AS reason, sum(reason.value::int)::int AS handoffs
    FROM s, jsonb_each_text(s."reasonCounts") reason
    GROUP BY 1, 2`;
  // Day, then reason, in code-point order (not the database's collation).
  return rows.sort((a, b) => (a.day === b.day ? (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0) : a.day < b.day ? -1 : 1));
}

export interface ChannelRow {
  channel: string;
  conversations: number;
  handoffs: number;
}

export function byChannel(db: DbClient, r: AnalyticsRange): Promise<ChannelRow[]> {
  return db.$queryRaw<ChannelRow[]>`
    WITH s AS (SELECT s."inboxId", s.conversations, s.handoffs FROM ${slices(r, "inbox")})
    SELECT i.channel::text AS channel, sum(s.conversations)::int AS conversations, sum(s.handoffs)::int AS handoffs
    FROM s JOIN "Inbox" i ON i.id = s."inboxId" AND i."organizationId" = ${r.organizationId}
    GROUP BY 1 HAVING sum(s.conversations) > 0 OR sum(s.handoffs) > 0 ORDER BY 1`;
}

export interface CsatRow {
  score: number;
  responses: number;
}

export function csatDistribution(db: DbClient, r: AnalyticsRange): Promise<CsatRow[]> {
  return db.$queryRaw<CsatRow[]>`
    WITH s AS (SELECT s."csatScores" FROM ${slices(r, "inbox")})
    SELECT x::int AS score, count(*)::int AS responses
    FROM s, unnest(s."csatScores") x
    GROUP BY 1 ORDER BY 1`;
}

export interface PerformanceRow {
  id: string;
  name: string;
  handoffsClaimed: number;
  firstReplyP50: number | null;
  resolutionP50: number | null;
  csatAverage: number | null;
  csatResponses: number;
}

/**
 * Agent or team slices summed over the range (alias g: id, handoffs, claimed, first_reply and
 * resolution p50, csat average and count), in one pass: the three arrays of each row are unnested
 * side by side (shorter ones padded with NULLs, which the aggregates skip), and the row's counts
 * are taken from its first element only (a row with empty arrays still yields one, all NULL).
 * As in the raw queries, an id is listed when it has a handoff or a rating in the range.
 */
const performance = (r: AnalyticsRange, slice: "agent" | "team") => Prisma.sql`
  WITH g AS (
    SELECT s."sliceId" AS id, (sum(s.handoffs) FILTER (WHERE u.n IS NULL OR u.n = 1))::int AS handoffs,
           (sum(s.claimed) FILTER (WHERE u.n IS NULL OR u.n = 1))::int AS claimed,
           percentile_cont(0.5::float8) WITHIN GROUP (ORDER BY u.reply) AS first_reply,
           percentile_cont(0.5::float8) WITHIN GROUP (ORDER BY u.resolution) AS resolution,
           avg(u.csat)::float8 AS csat, count(u.csat)::int AS responses
    FROM "AnalyticsDaySlice" s
    LEFT JOIN LATERAL unnest(s."firstReplySeconds", s."resolutionSeconds", s."csatScores") WITH ORDINALITY AS u(reply, resolution, csat, n) ON true
    WHERE ${inSlices(r, slice)}
    GROUP BY 1
  )`;

/** Per agent: handoffs they claimed (requested in range), and the ratings of chats they had at resolve. */
export function byAgent(db: DbClient, r: AnalyticsRange): Promise<PerformanceRow[]> {
  return db.$queryRaw<PerformanceRow[]>`
    ${performance(r, "agent")}
    SELECT u.id, u.name, g.handoffs AS "handoffsClaimed", g.first_reply AS "firstReplyP50", g.resolution AS "resolutionP50",
           g.csat AS "csatAverage", g.responses AS "csatResponses"
    FROM g JOIN "User" u ON u.id = g.id
    WHERE g.handoffs > 0 OR g.responses > 0
    ORDER BY "handoffsClaimed" DESC, u.name`;
}

/** Per team: handoffs routed to it (requested in range, claimed or not), and its chats' ratings. */
export function byTeam(db: DbClient, r: AnalyticsRange): Promise<PerformanceRow[]> {
  return db.$queryRaw<PerformanceRow[]>`
    ${performance(r, "team")}
    SELECT t.id, t.name, g.claimed AS "handoffsClaimed", g.first_reply AS "firstReplyP50", g.resolution AS "resolutionP50",
           g.csat AS "csatAverage", g.responses AS "csatResponses"
    FROM g JOIN "Team" t ON t.id = g.id AND t."organizationId" = ${r.organizationId}
    WHERE g.handoffs > 0 OR g.responses > 0
    ORDER BY "handoffsClaimed" DESC, t.name`;
}

export async function getWorkspaceAnalyticsSettings(db: DbClient, { organizationId }: { organizationId: string }) {
  const settings = await db.workspaceSettings.findUnique({ where: { organizationId }, select: { timezone: true, confidenceThreshold: true } });
  return { timezone: settings?.timezone ?? "UTC", confidenceThreshold: settings?.confidenceThreshold ?? null };
}

// The daily analytics rollup: AnalyticsDaySlice rows per workspace, time zone, local day, inbox
// and slice (inbox / agent / team), computed from the raw rows once per day and kept current:
//
// - Database triggers on Conversation and Handoff (migration inbox_search_analytics_rollup) append
//   the UTC date of every row whose figures change to AnalyticsDirtyDay. Triggers, not use-cases:
//   every writer (inbox, Slack, WhatsApp, jobs, imports, tests seeding rows) is covered, and a
//   change to a closed day (a CSAT rating, a late claim) is never missed.
// - Before a report, refreshAnalyticsRollup consumes the markers, forgets the computed days they
//   touch (a UTC date d lies in local days d-1..d+1 of any time zone), and computes the days of
//   the range that are not computed: usually none, or today after new activity.
//
// Percentiles cannot be summed from daily figures, so each day keeps its raw values (seconds to
// claim, to first reply, to resolve; CSAT scores) in arrays: the report computes percentile_cont
// and averages over exactly the values the raw queries read. Reason codes are counted per day.
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { NOT_TRANSFER, REASON_CODES } from "./analytics.repository";
import type { AnalyticsRange } from "./analytics.schemas";

type RollupRange = Pick<AnalyticsRange, "organizationId" | "timezone" | "from" | "to">;

// Recomputing a whole year of a large workspace the first time takes seconds, not milliseconds.
const REFRESH_TIMEOUT_MS = 120_000;

/** Makes every local day of the range current in the rollup. Cheap (one indexed read) when nothing changed. */
export async function refreshAnalyticsRollup(db: Db, r: RollupRange): Promise<void> {
  if (!(await needsRefresh(db, r))) return;
  await db.$transaction(
    async (tx) => {
      // One refresher per workspace at a time; the others wait, then find nothing left to do.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`analytics-rollup:${r.organizationId}`}))`;
      // The planner cannot see how few rows a few days hold (the bounds are computed), so the
      // statement looks expensive and crossed the JIT thresholds: compiling took 0.3-3 s, running it ms.
      await tx.$executeRaw`SET LOCAL jit = off`;
      // Only committed markers are deleted: one a running transaction writes survives for the next read.
      await tx.$executeRaw`
        WITH consumed AS (DELETE FROM "AnalyticsDirtyDay" WHERE "organizationId" = ${r.organizationId} RETURNING day),
        touched AS (SELECT DISTINCT consumed.day + shift AS day FROM consumed, generate_series(-1, 1) shift)
        DELETE FROM "AnalyticsRollupDay" d USING touched WHERE d."organizationId" = ${r.organizationId} AND d.day = touched.day`;
      const missing = await tx.$queryRaw<{ day: string }[]>`
        SELECT to_char(wanted, 'YYYY-MM-DD') AS day FROM generate_series(${r.from}::date, ${r.to}::date, interval '1 day') wanted
        WHERE NOT EXISTS (SELECT 1 FROM "AnalyticsRollupDay" d WHERE d."organizationId" = ${r.organizationId} AND d.timezone = ${r.timezone} AND d.day = wanted::date)`;
      if (missing.length === 0) return;
      const days = missing.map((row) => row.day);
      await tx.$executeRaw`DELETE FROM "AnalyticsDaySlice" WHERE "organizationId" = ${r.organizationId} AND timezone = ${r.timezone} AND day = ANY(${days}::date[])`;
      await tx.$executeRaw`${computeSlices(r, days)}`;
      await tx.$executeRaw`
        INSERT INTO "AnalyticsRollupDay" ("organizationId", timezone, day)
        SELECT ${r.organizationId}, ${r.timezone}, day FROM unnest(${days}::date[]) day
        ON CONFLICT ("organizationId", timezone, day) DO UPDATE SET "computedAt" = now()`;
    },
    { timeout: REFRESH_TIMEOUT_MS, maxWait: REFRESH_TIMEOUT_MS },
  );
}

async function needsRefresh(db: Db, r: RollupRange): Promise<boolean> {
  const days = Math.round((Date.parse(`${r.to}T00:00:00Z`) - Date.parse(`${r.from}T00:00:00Z`)) / 86_400_000) + 1;
  const rows = await db.$queryRaw<{ dirty: boolean; computed: number }[]>`
    SELECT EXISTS (SELECT 1 FROM "AnalyticsDirtyDay" WHERE "organizationId" = ${r.organizationId}) AS dirty,
           (SELECT count(*)::int FROM "AnalyticsRollupDay" WHERE "organizationId" = ${r.organizationId} AND timezone = ${r.timezone}
              AND day >= ${r.from}::date AND day <= ${r.to}::date) AS computed`;
  return rows[0]!.dirty || rows[0]!.computed < days;
}

const seconds = (to: string) => Prisma.sql`extract(epoch FROM (h.${Prisma.raw(`"${to}"`)} - h."createdAt"))::float8`;
const valuesOf = (column: string, type: string) =>
  Prisma.sql`coalesce(array_agg(${Prisma.raw(column)}) FILTER (WHERE ${Prisma.raw(column)} IS NOT NULL), ${Prisma.raw(`'{}'::${type}[]`)})`;

/**
 * INSERT ... SELECT of the slices of the given local days, by the definitions of
 * analytics-raw.repository.ts: conversations by creation day (test chats left out), escalated when
 * a handoff other than a transfer exists; handoffs (transfers left out) by request day. Each
 * conversation and handoff row is one line of `facts`; GROUPING SETS sum them per inbox, per
 * inbox and agent (the conversation's assignee, the handoff's claimer) and per inbox and team.
 */
function computeSlices(r: RollupRange, days: string[]): Prisma.Sql {
  const org = r.organizationId;
  return Prisma.sql`
    INSERT INTO "AnalyticsDaySlice" ("organizationId", timezone, day, slice, "sliceId", "inboxId", conversations, automated, escalated,
      handoffs, claimed, "csatScores", "reasonCounts", "claimSeconds", "firstReplySeconds", "resolutionSeconds")
    WITH days AS (
      SELECT d AS day, ((d::timestamp AT TIME ZONE ${r.timezone}) AT TIME ZONE 'UTC') AS lo, (((d + 1)::timestamp AT TIME ZONE ${r.timezone}) AT TIME ZONE 'UTC') AS hi
      FROM unnest(${days}::date[]) d
    ), conv AS (
      SELECT days.day, c."inboxId", c."assigneeId" AS agent, c."teamId" AS team, c."csatScore" AS csat, e.escalated,
             NOT e.escalated AND c."queuedAt" IS NULL AND c."assignedAt" IS NULL AND c.status IN ('BOT', 'RESOLVED') AS automated
      FROM days
      JOIN "Conversation" c ON c."organizationId" = ${org} AND c."isTest" = false AND c."createdAt" >= days.lo AND c."createdAt" < days.hi
      CROSS JOIN LATERAL (
        SELECT EXISTS (SELECT 1 FROM "Handoff" h WHERE h."conversationId" = c.id AND h."organizationId" = ${org} AND ${NOT_TRANSFER}) AS escalated
      ) e
    ), hand AS (
      SELECT days.day, c."inboxId", h."claimedById" AS agent, h."teamId" AS team, h."claimedAt" IS NOT NULL AS claimed,
             CASE WHEN cardinality(k.codes) = 0 THEN ARRAY['unspecified'] ELSE k.codes END AS codes,
             ${seconds("claimedAt")} AS claim_s, ${seconds("firstHumanReplyAt")} AS reply_s, ${seconds("resolvedAt")} AS resolve_s
      FROM days
      JOIN "Handoff" h ON h."organizationId" = ${org} AND h."createdAt" >= days.lo AND h."createdAt" < days.hi AND ${NOT_TRANSFER}
      -- By primary key, one per handoff: a plain join was hashed against every conversation of the workspace.
      CROSS JOIN LATERAL (
        SELECT x."inboxId" FROM "Conversation" x WHERE x.id = h."conversationId" AND x."organizationId" = ${org} AND x."isTest" = false
        LIMIT 1 -- keeps the subquery from being flattened back into that join
      ) c
      CROSS JOIN LATERAL (
        SELECT ARRAY(SELECT code FROM unnest(${REASON_CODES}::text[]) code WHERE h.reasons @> jsonb_build_array(jsonb_build_object('code', code))) AS codes
      ) k
    ), facts AS (
      SELECT day, "inboxId", agent, team, 1 AS conv, automated::int AS automated, escalated::int AS escalated, 0 AS hand, 0 AS claimed,
             csat, NULL::float8 AS claim_s, NULL::float8 AS reply_s, NULL::float8 AS resolve_s
      FROM conv
      UNION ALL
      SELECT day, "inboxId", agent, team, 0, 0, 0, 1, claimed::int, NULL, claim_s, reply_s, resolve_s FROM hand
    ), grouped AS (
      SELECT day, "inboxId",
             CASE WHEN GROUPING(agent) = 0 THEN 'agent' WHEN GROUPING(team) = 0 THEN 'team' ELSE 'inbox' END AS slice,
             coalesce(CASE WHEN GROUPING(agent) = 0 THEN agent WHEN GROUPING(team) = 0 THEN team END, '') AS "sliceId",
             sum(conv) AS conv, sum(automated) AS automated, sum(escalated) AS escalated, sum(hand) AS hand, sum(claimed) AS claimed,
             ${valuesOf("csat", "int")} AS csat, ${valuesOf("claim_s", "float8")} AS claim_s,
             ${valuesOf("reply_s", "float8")} AS reply_s, ${valuesOf("resolve_s", "float8")} AS resolve_s
      FROM facts
      GROUP BY GROUPING SETS ((day, "inboxId"), (day, "inboxId", agent), (day, "inboxId", team))
      -- Per-agent and per-team slices of rows with no agent or team are not slices of anyone.
      HAVING (GROUPING(agent) = 1 OR agent IS NOT NULL) AND (GROUPING(team) = 1 OR team IS NOT NULL)
    ), reasons AS (
      -- A handoff with two reasons counts once under each.
      SELECT day, "inboxId", jsonb_object_agg(code, n) AS counts
      FROM (SELECT day, "inboxId", code, count(*)::int AS n FROM hand, unnest(codes) code GROUP BY 1, 2, 3) x
      GROUP BY 1, 2
    )
    SELECT ${org}, ${r.timezone}, g.day, g.slice, g."sliceId", g."inboxId", g.conv, g.automated, g.escalated, g.hand, g.claimed,
           g.csat, coalesce(x.counts, '{}'::jsonb), g.claim_s, g.reply_s, g.resolve_s
    FROM grouped g LEFT JOIN reasons x ON g.slice = 'inbox' AND x.day = g.day AND x."inboxId" = g."inboxId"`;
}

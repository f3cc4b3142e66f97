// Inbox list and analytics queries at scale: one workspace with 100,000 conversations and
// 5,000,000 messages (scripts/seed-scale.ts) in a database of its own. The bars: p95 <= 30 ms for
// every inbox view as the product runs it (findInboxConversations: the page, the five view counts
// and the presence lookup) and for every analytics query over the last 30 and 90 days.
// Prints one JSON line per case, then the two headline figures (the worst p95 of each group).
//
//   npx tsx bench/inbox-query.ts [--rounds 40] [--warmup 3] [--explain] [--verify]
//                                [--database <url of an already seeded database>] [--keep]
//                                [--conversations 100000] [--messages 5000000]
//
// --explain prints EXPLAIN (ANALYZE, BUFFERS) of every statement to stderr, with the indexes used.
// --verify checks that every analytics figure read from the daily rollup equals the raw query's.
// --keep leaves the seeded database for the next run: pass its url (printed) with --database
// (apply new migrations to it first: DATABASE_URL=<url> npm run db:deploy).
//
// Analytics cases time what a request costs: the rollup's freshness check (refreshAnalyticsRollup,
// one indexed read when nothing changed), then the query. The first refresh of a freshly seeded
// database computes every day of the range from the raw rows; its time is printed on its own.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { testEnv } from "../test/setup/test-env";
import { seedScale } from "../scripts/seed-scale";
import { createBenchEnvironment, type BenchEnvironment } from "./support/bench-database";
import type { ExplainedQuery } from "./support/explain-queries";
import { timeCases, type QueryCase } from "./support/query-timing";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "40" },
    warmup: { type: "string", default: "3" },
    explain: { type: "boolean", default: false },
    verify: { type: "boolean", default: false },
    database: { type: "string" },
    keep: { type: "boolean", default: false },
    conversations: { type: "string", default: "100000" },
    messages: { type: "string", default: "5000000" },
  },
});
const log = (line: string) => console.error(`[inbox-query] ${line}`);
const ORG = "scale_org";
const OWNER = { organizationId: ORG, userId: "scale_owner", role: "owner" as const };
// An agent of the seed with assigned conversations in the last day (n % 20 = 1).
const AGENT = { organizationId: ORG, userId: "scale_agent_1", role: "agent" as const };

async function main() {
  let bench: BenchEnvironment | undefined;
  if (values.database) {
    Object.assign(process.env, testEnv({ LOG_LEVEL: "warn" }), { DATABASE_URL: values.database, REDIS_PREFIX: `baton-bench-inbox-${process.pid}` });
  } else {
    bench = await createBenchEnvironment("inbox");
    Object.assign(process.env, bench.env);
    log(`seeding ${bench.env.DATABASE_URL}`);
    await seedScale({ databaseUrl: bench.env.DATABASE_URL!, conversations: Number(values.conversations), messages: Number(values.messages), log });
  }
  try {
    return await measure(process.env.DATABASE_URL!);
  } finally {
    if (bench && !values.keep) await bench.dispose();
    else log(`kept ${process.env.DATABASE_URL}`);
  }
}

async function measure(databaseUrl: string) {
  // src reads process.env when first imported: only now.
  const { findInboxConversations } = await import("@/features/inbox/find-inbox-conversations");
  const { ZInboxListQuery } = await import("@/features/inbox/inbox.schemas");
  const { findInboxPage, findInboxListItems, countViewsCapped } = await import("@/features/inbox/inbox-list.repository");
  const analytics = await import("@/features/analytics/analytics.repository");
  const raw = await import("@/features/analytics/analytics-raw.repository");
  const { refreshAnalyticsRollup } = await import("@/features/analytics/analytics-rollup.repository");
  const { findGapQuestions } = await import("@/features/analytics/knowledge-gaps.repository");
  const { addDays, todayIn } = await import("@/features/analytics/analytics.schemas");
  const { db } = await import("@/server/db");
  const { getRedis } = await import("@/server/redis");

  type Actor = typeof OWNER | typeof AGENT;
  const ownerQueries: Record<string, string>[] = [
    { view: "queue" }, { view: "all" }, { view: "resolved" },
    { view: "all", q: "refund" }, { view: "resolved", q: "Schmidt 4242" },
    { view: "all", teamId: "scale_team_1" }, { view: "resolved", inboxId: "scale_inbox_wa" },
  ];
  const inboxCases: (QueryCase & { query: Record<string, string>; actor: Actor })[] = ownerQueries
    .map((query) => ({ query, actor: OWNER as Actor }))
    .concat([{ query: { view: "mine" }, actor: AGENT }])
    .map(({ query, actor }) => ({
      name: `inbox ${Object.entries(query).map(([k, v]) => (k === "view" ? v : `${k}=${v}`)).join(" ")}`,
      query,
      actor,
      run: () => findInboxConversations({ actor, query: ZInboxListQuery.parse(query) }),
    }));

  const timezone = "Europe/Berlin";
  const to = todayIn(timezone);
  const ranges = [30, 90].map((days) => ({ days, range: { organizationId: ORG, from: addDays(to, -(days - 1)), to, timezone } }));
  const analyticsQueries = {
    conversationTotals: analytics.conversationTotals,
    handoffTotals: analytics.handoffTotals,
    daily: analytics.daily,
    reasonsByDay: analytics.reasonsByDay,
    byChannel: analytics.byChannel,
    csatDistribution: analytics.csatDistribution,
    byAgent: analytics.byAgent,
    byTeam: analytics.byTeam,
    knowledgeGaps: (client: typeof db, range: (typeof ranges)[number]["range"]) => findGapQuestions(client, { ...range, threshold: 0.24, limit: 300 }),
  };
  const analyticsCases = ranges.flatMap(({ days, range }) =>
    Object.entries(analyticsQueries).map(([name, query]) => ({
      name: `analytics ${name} ${days}d`,
      range,
      query,
      run: async () => {
        await refreshAnalyticsRollup(db, range);
        return query(db, range);
      },
    })),
  );

  // The first refresh computes the days not in the rollup yet (all of them after a fresh seed).
  for (const { days, range } of [...ranges].reverse()) {
    const started = performance.now();
    await refreshAnalyticsRollup(db, range);
    log(`first rollup refresh, ${days} days: ${(performance.now() - started).toFixed(0)} ms (load ${loadavg()[0]!.toFixed(1)})`);
  }

  if (values.verify) {
    const { isDeepStrictEqual } = await import("node:util");
    const pairs = { conversationTotals: raw.rawConversationTotals, handoffTotals: raw.rawHandoffTotals, daily: raw.rawDaily, reasonsByDay: raw.rawReasonsByDay, byChannel: raw.rawByChannel, csatDistribution: raw.rawCsatDistribution, byAgent: raw.rawByAgent, byTeam: raw.rawByTeam };
    const filters = [{}, { channel: "WHATSAPP" as const }, { inboxId: "scale_inbox_web" }];
    for (const { days, range } of ranges) {
      for (const filter of filters) {
        for (const [name, rawQuery] of Object.entries(pairs)) {
          const scoped = { ...range, ...filter };
          const same = isDeepStrictEqual(await analytics[name as keyof typeof pairs](db, scoped), await rawQuery(db, scoped));
          console.log(JSON.stringify({ bench: "inbox-query", verify: `${name} ${days}d ${JSON.stringify(filter)}`, rollupEqualsRaw: same }));
          if (!same) process.exitCode = 1;
        }
      }
    }
  }

  if (values.explain) {
    const { explainCall } = await import("./support/explain-queries");
    for (const c of inboxCases) {
      const filters = { organizationId: ORG, userId: c.actor.userId, ...c.query };
      const view = c.query.view as "queue";
      // The route's statements: the page of ids, the items of that page, the five capped counts.
      const explained = await explainCall(databaseUrl, async (client) => {
        const page = await findInboxPage(client, { view, filters, take: 51 });
        await Promise.all([
          findInboxListItems(client, { organizationId: ORG, ids: page.slice(0, 50).map((row) => row.id), userId: c.actor.userId }),
          countViewsCapped(client, { ...filters, q: undefined }),
        ]);
      });
      printExplained(c.name, explained);
    }
    for (const c of analyticsCases) printExplained(c.name, await explainCall(databaseUrl, (client) => c.query(client, c.range)));
  }

  const rounds = Number(values.rounds);
  const warmup = Number(values.warmup);
  const loadBefore = loadavg()[0]!;
  log(`timing ${inboxCases.length} inbox and ${analyticsCases.length} analytics cases, ${rounds} rounds (load ${loadBefore.toFixed(1)})`);
  const inbox = await timeCases(inboxCases, { rounds, warmup });
  const report = await timeCases(analyticsCases, { rounds, warmup });
  // The analytics page runs the eight report queries side by side: the whole page, as a user waits for it.
  const page = await timeCases(
    ranges.map(({ days, range }) => ({
      name: `analytics page ${days}d`,
      run: async () => {
        await refreshAnalyticsRollup(db, range);
        return Promise.all(Object.values(analyticsQueries).map((query) => query(db, range)));
      },
    })),
    { rounds, warmup },
  );
  const loadAfter = loadavg()[0]!;
  for (const figures of [...inbox, ...report, ...page]) console.log(JSON.stringify({ bench: "inbox-query", ...figures }));
  const worst = (list: typeof inbox) => list.reduce((max, f) => (f.p95 > max.p95 ? f : max));
  const load = { before: Number(loadBefore.toFixed(2)), after: Number(loadAfter.toFixed(2)) };
  console.log(JSON.stringify({ name: "inbox_query_p95_ms", value: worst(inbox).p95, worst: worst(inbox).name, load }));
  console.log(JSON.stringify({ name: "analytics_query_p95_ms", value: worst(report).p95, worst: worst(report).name, load }));
  console.log(JSON.stringify({ name: "analytics_page_p95_ms", value: worst(page).p95, worst: worst(page).name, load }));
  await db.$disconnect();
  await getRedis().quit();
}

function printExplained(name: string, explained: ExplainedQuery[]) {
  for (const q of explained) {
    console.error(`\n=== ${name}: ${q.executionMs} ms; indexes: ${[...new Set(q.indexes)].join(", ") || "none"}; seq scans: ${q.sequentialScans.join(", ") || "none"}`);
    console.error(`    ${q.sql}`);
    for (const line of q.plan) console.error(`    ${line}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

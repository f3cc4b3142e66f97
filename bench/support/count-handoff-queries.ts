// How many SQL statements one escalation costs: every statement the pg driver sends while
// requestHandoff runs (BEGIN/COMMIT included), counted by wrapping pg.Client#query, which
// @prisma/adapter-pg calls for each one. Escalations run one at a time so nothing else is counted.
// Background work that requestHandoff does not await (the model's summary) is off without
// OPENAI_API_KEY, as in the benchmarks.
//
//   npx tsx bench/support/count-handoff-queries.ts [--escalations 5] [--verbose] [--round-robin]
import pg from "pg";
import { parseArgs } from "node:util";
import { createBenchEnvironment } from "./bench-database";

const { values } = parseArgs({ options: { escalations: { type: "string", default: "5" }, verbose: { type: "boolean", default: false }, "round-robin": { type: "boolean", default: false } } });

let recording: string[] | null = null;
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0] as string | { text?: string };
  recording?.push((typeof first === "string" ? first : (first?.text ?? "")).replace(/\s+/g, " ").slice(0, 140));
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

async function measure() {
  const seed = await import("./escalation-seed");
  const { requestHandoff } = await import("@/features/handoff/request-handoff");
  const { db } = await import("@/server/db");
  const { getRedis } = await import("@/server/redis");
  const { closeQueues } = await import("@/jobs/queues");
  try {
    const { organizationId, agents } = await seed.seedAgents(2);
    const inbox = await seed.seedWidgetInbox(organizationId);
    if (values["round-robin"]) {
      // A round-robin default team with nobody online: assignment runs but finds no agent.
      const team = await db.team.create({ data: { organizationId, name: "Support", assignmentMode: "ROUND_ROBIN", members: { create: agents.map((agent) => ({ organizationId, userId: agent.userId })) } } });
      await db.inbox.update({ where: { id: inbox.id }, data: { defaultTeamId: team.id } });
    }
    const count = Number(values.escalations);
    const visitors = await seed.seedVisitors(inbox.publicKey, count + 1);
    const conversationIds = await seed.seedConversations(organizationId, inbox.id, visitors);
    const counts: number[] = [];
    for (const [i, conversationId] of conversationIds.entries()) {
      recording = [];
      const result = await requestHandoff({ organizationId, conversationId, reasons: [{ code: "explicit_request" }] });
      const statements = recording;
      recording = null;
      if (!result.handoffId) throw new Error(`not escalated: ${result.conversation.status}`);
      // The first one warms caches (and is counted apart): the figure is for a process that has served traffic.
      if (i === 0) continue;
      counts.push(statements.length);
      if (values.verbose && i === 1) for (const statement of statements) console.error(`  ${statement}`);
    }
    const mean = counts.reduce((sum, n) => sum + n, 0) / counts.length;
    console.log(JSON.stringify({ name: "request_handoff_sql_statements", mean, min: Math.min(...counts), max: Math.max(...counts), escalations: counts.length, roundRobin: values["round-robin"] }));
  } finally {
    await closeQueues();
    await Promise.allSettled([getRedis().quit(), db.$disconnect()]);
  }
}

async function main() {
  const bench = await createBenchEnvironment("queries");
  try {
    Object.assign(process.env, bench.env);
    await measure();
  } finally {
    await bench.dispose();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

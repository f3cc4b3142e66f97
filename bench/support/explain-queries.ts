// EXPLAIN (ANALYZE, BUFFERS) of the exact SQL a call sends: the call runs on a Prisma client that
// logs its queries, then each captured statement is explained with the same parameters over pg.
// Used by `bench/inbox-query.ts --explain` to confirm which indexes the plans use.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";

export interface ExplainedQuery {
  sql: string;
  plan: string[];
  /** Index names the plan reads, in plan order. */
  indexes: string[];
  sequentialScans: string[];
  executionMs: number;
}

export async function explainCall(databaseUrl: string, call: (db: PrismaClient) => Promise<unknown>): Promise<ExplainedQuery[]> {
  const captured: { query: string; params: string }[] = [];
  const logging = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }), log: [{ emit: "event", level: "query" }] });
  logging.$on("query", (event) => captured.push({ query: event.query, params: event.params }));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await call(logging);
    const out: ExplainedQuery[] = [];
    for (const { query, params } of captured) {
      if (/^\s*(BEGIN|COMMIT|ROLLBACK)/i.test(query)) continue;
      const values = JSON.parse(params) as unknown[];
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, values);
      const plan = rows.map((row) => row["QUERY PLAN"]);
      out.push({
        sql: query.replace(/\s+/g, " ").slice(0, 300),
        plan,
        indexes: plan.flatMap((line) => [...line.matchAll(/(?:Index Scan using|Index Scan Backward using|Index Only Scan using|Index Only Scan Backward using|Bitmap Index Scan on) "?(\w+)"?/g)].map((m) => m[1]!)),
        sequentialScans: plan.flatMap((line) => [...line.matchAll(/Seq Scan on "?(\w+)"?/g)].map((m) => m[1]!)),
        executionMs: Number(/Execution Time: ([\d.]+)/.exec(plan.join("\n"))?.[1] ?? NaN),
      });
    }
    return out;
  } finally {
    await client.end();
    await logging.$disconnect();
  }
}

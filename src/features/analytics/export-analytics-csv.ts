import { stringify } from "csv-stringify/sync";
import type { AnalyticsRange, TAnalyticsTable } from "./analytics.schemas";
import { findKnowledgeGaps } from "./find-knowledge-gaps";
import { getAnalyticsReport } from "./get-analytics-report";

type Cell = string | number | null;

const round = (value: number | null, digits = 1) => (value === null ? null : Number(value.toFixed(digits)));

/** One table of the analytics page as CSV (header row first); times in seconds. */
export async function exportAnalyticsCsv({ range, table }: { range: AnalyticsRange; table: TAnalyticsTable }): Promise<string> {
  const rows = await tableRows(range, table);
  // Cells that start with = + - @ would run as formulas in a spreadsheet: quote them out.
  const safe = rows.map((row) => row.map((cell) => (typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
  return stringify(safe);
}

async function tableRows(range: AnalyticsRange, table: TAnalyticsTable): Promise<Cell[][]> {
  if (table === "gaps") {
    const { gaps } = await findKnowledgeGaps(range);
    return [["question", "count", "examples", "agent_answer", "last_asked_at"], ...gaps.map((g) => [g.question, g.count, g.examples.join(" | "), g.agentAnswer, g.lastAskedAt])];
  }
  const report = await getAnalyticsReport(range);
  switch (table) {
    case "daily":
      return [["day", "conversations", "automated", "escalated", "handoffs"], ...report.daily.map((d) => [d.day, d.conversations, d.automated, d.escalated, d.handoffs])];
    case "reasons":
      return [["day", "reason", "handoffs"], ...report.reasons.byDay.map((r) => [r.day, r.reason, r.handoffs])];
    case "channels":
      return [["channel", "conversations", "handoffs"], ...report.channels.map((c) => [c.channel, c.conversations, c.handoffs])];
    case "csat":
      return [["score", "responses"], ...report.csat.distribution.map((c) => [c.score, c.responses])];
    case "agents":
    case "teams": {
      const list = table === "agents" ? report.agents : report.teams;
      return [
        [table === "agents" ? "agent" : "team", "handoffs_claimed", "first_reply_p50_s", "resolution_p50_s", "csat_average", "csat_responses"],
        ...list.map((row) => [row.name, row.handoffsClaimed, round(row.firstReplyP50), round(row.resolutionP50), round(row.csatAverage, 2), row.csatResponses]),
      ];
    }
  }
}

import { db } from "@/server/db";
import { byAgent, byChannel, byTeam, conversationTotals, csatDistribution, daily, handoffTotals, reasonsByDay } from "./analytics.repository";
import { refreshAnalyticsRollup } from "./analytics-rollup.repository";
import type { AnalyticsRange } from "./analytics.schemas";
import type { AnalyticsReportDto } from "./analytics.dto";

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Every figure of the analytics page for one range: the rollup brought up to date, then eight aggregates of it side by side. */
export async function getAnalyticsReport(range: AnalyticsRange): Promise<AnalyticsReportDto> {
  await refreshAnalyticsRollup(db, range);
  const [conversations, handoffs, days, reasons, channels, csat, agents, teams] = await Promise.all([
    conversationTotals(db, range),
    handoffTotals(db, range),
    daily(db, range),
    reasonsByDay(db, range),
    byChannel(db, range),
    csatDistribution(db, range),
    byAgent(db, range),
    byTeam(db, range),
  ]);
  const reasonTotals = new Map<string, number>();
  for (const row of reasons) reasonTotals.set(row.reason, (reasonTotals.get(row.reason) ?? 0) + row.handoffs);
  const scores = new Map(csat.map((row) => [row.score, row.responses]));
  return {
    range: { from: range.from, to: range.to, timezone: range.timezone, inboxId: range.inboxId ?? null, channel: range.channel ?? null },
    totals: {
      conversations: conversations.conversations,
      automated: conversations.automated,
      automationRate: rate(conversations.automated, conversations.conversations),
      escalated: conversations.escalated,
      escalationRate: rate(conversations.escalated, conversations.conversations),
      handoffs: handoffs.handoffs,
      claimed: handoffs.claimed,
    },
    times: {
      claim: { p50: handoffs.claimP50, p90: handoffs.claimP90 },
      firstReply: { p50: handoffs.firstReplyP50, p90: handoffs.firstReplyP90 },
      resolution: { p50: handoffs.resolutionP50, p90: handoffs.resolutionP90 },
    },
    daily: days,
    reasons: {
      byDay: reasons,
      totals: [...reasonTotals].map(([reason, count]) => ({ reason, handoffs: count })).sort((a, b) => b.handoffs - a.handoffs || a.reason.localeCompare(b.reason)),
    },
    channels,
    csat: {
      average: conversations.csatAverage,
      responses: conversations.csatResponses,
      distribution: [1, 2, 3, 4, 5].map((score) => ({ score, responses: scores.get(score) ?? 0 })),
    },
    agents,
    teams,
  };
}

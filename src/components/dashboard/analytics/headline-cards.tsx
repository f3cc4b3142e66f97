import type { AnalyticsReportDto } from "@/features/analytics/analytics.dto";
import { formatDuration, formatRate, formatScore } from "./analytics-format";

function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-xl bg-white px-4 py-3 shadow-sm ring-1 ring-zinc-200">
      <dt className="text-xs font-medium text-zinc-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-zinc-900">{value}</dd>
      {detail ? <dd className="mt-0.5 text-xs text-zinc-500">{detail}</dd> : null}
    </div>
  );
}

export function HeadlineCards({ report }: { report: AnalyticsReportDto }) {
  const { totals, times, csat } = report;
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6" data-testid="analytics-headline">
      <Stat label="Conversations" value={totals.conversations.toLocaleString()} />
      <Stat label="Automation rate" value={formatRate(totals.automationRate)} detail={`${totals.automated.toLocaleString()} without a person`} />
      <Stat label="Escalation rate" value={formatRate(totals.escalationRate)} detail={`${totals.handoffs.toLocaleString()} handoffs, ${totals.claimed.toLocaleString()} claimed`} />
      <Stat label="Time to claim (p50)" value={formatDuration(times.claim.p50)} detail={`p90 ${formatDuration(times.claim.p90)}`} />
      <Stat label="First human reply (p50)" value={formatDuration(times.firstReply.p50)} detail={`p90 ${formatDuration(times.firstReply.p90)}`} />
      <Stat label="CSAT" value={formatScore(csat.average)} detail={`${csat.responses.toLocaleString()} ratings · resolution p50 ${formatDuration(times.resolution.p50)}`} />
    </dl>
  );
}

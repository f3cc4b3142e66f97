"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/field";
import { LoadingBlock } from "@/components/ui/spinner";
import { useApi } from "@/components/use-api";
import type { AnalyticsReportDto } from "@/features/analytics/analytics.dto";
import { ManagersOnly } from "../managers-only";
import { PageHeader } from "../page-header";
import { useSession } from "../session-context";
import { CHANNEL_LABELS, REASON_LABELS } from "./analytics-format";
import { BarList, LineChart, StackedBars } from "./charts";
import { CsvLink } from "./csv-link";
import { DateRangePicker } from "./date-range-picker";
import { presetRange, type DateRange, type Preset } from "./date-range";
import { HeadlineCards } from "./headline-cards";
import { KnowledgeGapsList } from "./knowledge-gaps-list";
import { PerformanceTable } from "./performance-table";

const REASON_COLORS = ["text-brand-600", "text-amber-500", "text-red-500", "text-emerald-500", "text-sky-500", "text-violet-500", "text-pink-500", "text-zinc-400"];

export function AnalyticsPage() {
  const { canManage } = useSession();
  const [preset, setPreset] = useState<Preset>("30d");
  const [range, setRange] = useState<DateRange>(() => presetRange("30d"));
  const [channel, setChannel] = useState("");
  const query = `from=${range.from}&to=${range.to}${channel ? `&channel=${channel}` : ""}`;
  return (
    <>
      <PageHeader title="Analytics" description="How the bot and the people behind it are doing: conversations, handoffs, speed and satisfaction." />
      {canManage ? (
        <div className="space-y-6">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <DateRangePicker
              preset={preset}
              range={range}
              onChange={(nextPreset, next) => {
                setPreset(nextPreset);
                setRange(next);
              }}
            />
            <Select compact aria-label="Channel" value={channel} onChange={(e) => setChannel(e.target.value)}>
              <option value="">All channels</option>
              <option value="WEB_WIDGET">Website widget</option>
              <option value="WHATSAPP">WhatsApp</option>
            </Select>
          </div>
          <Report query={query} />
          <Card>
            <CardHeader title="Knowledge gaps" description="Questions the bot could not answer confidently, or that it handed to a person because it could not. Turn them into entries." actions={<CsvLink table="gaps" query={query} />} />
            <KnowledgeGapsList key={query} query={query} />
          </Card>
        </div>
      ) : (
        <ManagersOnly what="see analytics" />
      )}
    </>
  );
}

function Report({ query }: { query: string }) {
  const report = useApi<AnalyticsReportDto>(`/api/analytics?${query}`);
  if (report.loading && !report.data) return <LoadingBlock label="Computing figures…" />;
  if (report.error) {
    return (
      <Alert tone="error" title="Could not load analytics">
        <p>{report.error.message}</p>
        <Button variant="secondary" size="sm" className="mt-2" onClick={report.reload}>
          Try again
        </Button>
      </Alert>
    );
  }
  const data = report.data!;
  if (data.totals.conversations === 0 && data.totals.handoffs === 0) {
    return (
      <Card>
        <EmptyState title="No conversations in this range" description="Pick a longer range, or come back once visitors have chatted with your bot." />
      </Card>
    );
  }
  const labels = data.daily.map((d) => d.day);
  const reasons = data.reasons.totals.map((r) => r.reason);
  return (
    <div className="space-y-6" aria-busy={report.loading}>
      <HeadlineCards report={data} />
      <Card>
        <CardHeader title="Conversations per day" description="Started each day (workspace time zone), how many the bot handled alone and how many reached a person." actions={<CsvLink table="daily" query={query} />} />
        <div className="p-5">
          <LineChart
            labels={labels}
            summary={`Conversations per day from ${data.range.from} to ${data.range.to}: ${data.totals.conversations} in all, ${data.totals.automated} automated, ${data.totals.escalated} escalated.`}
            series={[
              { label: "Conversations", color: "text-brand-600", values: data.daily.map((d) => d.conversations) },
              { label: "Automated", color: "text-emerald-500", values: data.daily.map((d) => d.automated) },
              { label: "Escalated", color: "text-amber-500", values: data.daily.map((d) => d.escalated) },
            ]}
          />
        </div>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title="Escalation reasons" description="Handoffs per day by why they happened." actions={<CsvLink table="reasons" query={query} />} />
          <div className="p-5">
            {reasons.length === 0 ? (
              <p className="text-sm text-zinc-500">No handoffs in this range.</p>
            ) : (
              <StackedBars
                labels={labels}
                summary={`Handoffs by reason: ${data.reasons.totals.map((r) => `${REASON_LABELS[r.reason] ?? r.reason} ${r.handoffs}`).join(", ")}.`}
                series={reasons.map((reason, i) => ({
                  label: REASON_LABELS[reason] ?? reason,
                  color: REASON_COLORS[i % REASON_COLORS.length]!,
                  values: labels.map((day) => data.reasons.byDay.find((r) => r.day === day && r.reason === reason)?.handoffs ?? 0),
                }))}
              />
            )}
          </div>
        </Card>
        <Card>
          <CardHeader title="By channel" description="Conversations and handoffs per channel." actions={<CsvLink table="channels" query={query} />} />
          <div className="space-y-5 p-5">
            <BarList summary="Handoffs per channel" rows={data.channels.map((c) => ({ label: `${CHANNEL_LABELS[c.channel] ?? c.channel} handoffs`, value: c.handoffs }))} />
            <BarList summary="Conversations per channel" color="text-zinc-400" rows={data.channels.map((c) => ({ label: `${CHANNEL_LABELS[c.channel] ?? c.channel} chats`, value: c.conversations }))} />
          </div>
        </Card>
      </div>
      <Card>
        <CardHeader title="Customer satisfaction" description={`Ratings after a resolve (1-5): ${data.csat.responses} in this range.`} actions={<CsvLink table="csat" query={query} />} />
        <div className="p-5">
          <BarList summary="CSAT ratings by score" color="text-emerald-500" rows={[...data.csat.distribution].reverse().map((d) => ({ label: `${d.score} ${"★".repeat(d.score)}`, value: d.responses }))} />
        </div>
      </Card>
      <Card>
        <CardHeader title="Agents" description="Handoffs each person claimed; times from the visitor's request." actions={<CsvLink table="agents" query={query} />} />
        <PerformanceTable rows={data.agents} what="Agent" />
      </Card>
      <Card>
        <CardHeader title="Teams" description="Handoffs routed to each team." actions={<CsvLink table="teams" query={query} />} />
        <PerformanceTable rows={data.teams} what="Team" />
      </Card>
    </div>
  );
}

import type { PerformanceDto } from "@/features/analytics/analytics.dto";
import { formatDuration, formatScore } from "./analytics-format";

/** Agents or teams: handoffs claimed, first reply and resolution (p50, from the request), CSAT. */
export function PerformanceTable({ rows, what }: { rows: PerformanceDto[]; what: "Agent" | "Team" }) {
  if (rows.length === 0) return <p className="px-5 py-6 text-sm text-zinc-500">No {what.toLowerCase()} handled a handoff in this range.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-zinc-100 text-xs text-zinc-500">
          <tr>
            <th scope="col" className="px-5 py-2 font-medium">{what}</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Handoffs claimed</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">First reply (p50)</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Resolution (p50)</th>
            <th scope="col" className="px-5 py-2 text-right font-medium">CSAT</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="px-5 py-2 font-medium text-zinc-900">{row.name}</th>
              <td className="px-3 py-2 text-right tabular-nums">{row.handoffsClaimed}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatDuration(row.firstReplyP50)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatDuration(row.resolutionP50)}</td>
              <td className="px-5 py-2 text-right tabular-nums">
                {formatScore(row.csatAverage)} <span className="text-xs text-zinc-400">({row.csatResponses})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

"use client";
import { cx } from "@/components/ui/cx";
import { AlertIcon, CheckCircleIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/spinner";
import type { SimulateResult, TriggerEvidence } from "../api-types";
import { MatchChip, ReasonBadge } from "./reason-badge";
import { summarizeAction } from "./rule-fields";

const SENTIMENT_COLOURS = { negative: "text-red-700", neutral: "text-zinc-700", positive: "text-emerald-700" } as const;

export function SimulationResult({ result, busy }: { result: SimulateResult | null; busy: boolean }) {
  if (!result) {
    return (
      <div className="flex min-h-40 items-center justify-center rounded-lg border border-dashed border-zinc-300 p-6 text-center text-sm text-zinc-500">
        {busy ? <Spinner label="Evaluating…" /> : "Press Evaluate to see whether this conversation would go to a person, and why."}
      </div>
    );
  }
  return (
    <section aria-label="Result" aria-live="polite" aria-busy={busy || undefined} className={cx("space-y-4", busy && "opacity-60")} data-testid="simulation-result">
      <div className={cx("flex items-center gap-3 rounded-lg p-4 ring-1 ring-inset", result.escalate ? "bg-red-50 text-red-800 ring-red-200" : "bg-emerald-50 text-emerald-800 ring-emerald-200")}>
        {result.escalate ? <AlertIcon className="size-6 shrink-0" /> : <CheckCircleIcon className="size-6 shrink-0" />}
        <div>
          <p className="text-lg font-semibold" data-testid="simulation-decision">
            {result.escalate ? "Escalate" : "No escalation"}
          </p>
          <p className="text-sm opacity-90">{result.action ? summarizeAction(result.action) : "The bot keeps the conversation."}</p>
        </div>
      </div>
      <dl className="grid grid-cols-2 gap-3 text-sm">
        <div>
          <dt className="text-zinc-500">Language</dt>
          <dd className="font-medium text-zinc-900">{result.language ?? "Unknown"}</dd>
        </div>
        <div>
          <dt className="text-zinc-500">Sentiment</dt>
          <dd className={cx("font-medium", SENTIMENT_COLOURS[result.sentiment.label])}>
            {result.sentiment.label} ({result.sentiment.score.toFixed(2)})
          </dd>
        </div>
      </dl>
      <div className="space-y-2">
        <h3 className="text-sm font-medium text-zinc-900">{result.reasons.length === 0 ? "No rule fired" : result.reasons.length === 1 ? "1 rule fired" : `${result.reasons.length} rules fired`}</h3>
        <ul className="space-y-2" data-testid="simulation-reasons">
          {result.reasons.map((reason) => (
            <li key={reason.ruleId} className="space-y-1.5 rounded-lg p-3 ring-1 ring-zinc-200 ring-inset">
              <div className="flex flex-wrap items-center gap-2">
                <ReasonBadge reason={reason.code} />
                <code className="text-xs text-zinc-500">{reason.code}</code>
              </div>
              <p className="text-sm font-medium text-zinc-900">{reason.ruleName}</p>
              <Evidence evidence={reason.evidence} />
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

function Evidence({ evidence }: { evidence: TriggerEvidence }) {
  const { matched, score, ...rest } = evidence;
  const details = Object.entries(rest).filter(([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0));
  return (
    <div className="space-y-1.5 text-sm">
      {matched?.length ? (
        <p className="flex flex-wrap items-center gap-1">
          <span className="text-zinc-500">Matched</span>
          {matched.map((word) => (
            <MatchChip key={word} text={word} />
          ))}
        </p>
      ) : null}
      {score !== undefined || details.length > 0 ? (
        <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600">
          {score !== undefined ? <Detail name="score" value={Number.isInteger(score) ? String(score) : score.toFixed(2)} /> : null}
          {details.map(([name, value]) => (
            <Detail key={name} name={name} value={Array.isArray(value) ? value.join(", ") : String(value)} />
          ))}
        </dl>
      ) : null}
    </div>
  );
}

function Detail({ name, value }: { name: string; value: string }) {
  return (
    <div className="flex gap-1">
      <dt>{name}</dt>
      <dd className="font-medium text-zinc-800">{value}</dd>
    </div>
  );
}

"use client";
import type { TestHandoffStepEvent, TestHandoffStepId } from "@/features/onboarding/onboarding.schemas";
import { cx } from "@/components/ui/cx";
import { AlertIcon, CheckIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/spinner";
import { TEST_STEP_LABELS } from "./step-copy";

const time = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });

/** One step of the test handoff: waiting, done (with what happened, when, and how long after the start) or failed (and why). */
export function TestStepItem({ id, event, pending }: { id: TestHandoffStepId; event: TestHandoffStepEvent | undefined; pending: boolean }) {
  const status = event?.status ?? (pending ? "waiting" : "not-run");
  const deliveries = (event?.data?.deliveries ?? []) as Array<{ channel: string; target: string; status: string; lastError: string | null }>;
  return (
    <li data-testid="test-step" data-step={id} data-status={status} className="flex items-start gap-3 rounded-lg px-3 py-2 ring-1 ring-zinc-100">
      <span aria-hidden="true" className="mt-0.5 flex size-5 shrink-0 items-center justify-center">
        {status === "done" ? (
          <CheckIcon className="size-4 text-emerald-600" />
        ) : status === "failed" ? (
          <AlertIcon className="size-4 text-red-600" />
        ) : status === "waiting" ? (
          <Spinner className="text-zinc-400" />
        ) : (
          <span className="size-2 rounded-full bg-zinc-300" />
        )}
      </span>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3">
          <p className={cx("text-sm font-medium", status === "failed" ? "text-red-700" : status === "done" ? "text-zinc-900" : "text-zinc-500")}>
            {TEST_STEP_LABELS[id]}
            <span className="sr-only"> ({status})</span>
          </p>
          {event ? (
            <p className="text-xs text-zinc-500 tabular-nums">
              <time dateTime={event.at}>{time(event.at)}</time> · +{event.elapsedMs} ms
            </p>
          ) : null}
        </div>
        {event ? <p className="text-sm break-words text-zinc-600" data-testid="test-step-detail">{event.detail}</p> : null}
        {deliveries.length > 0 ? (
          <ul className="mt-1 space-y-0.5 text-xs text-zinc-500">
            {deliveries.map((row) => (
              <li key={`${row.channel}-${row.target}`}>
                {row.channel === "SLACK" ? "Slack" : "WhatsApp"} {row.target}: {row.status.toLowerCase()}
                {row.lastError ? ` (${row.lastError})` : ""}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}

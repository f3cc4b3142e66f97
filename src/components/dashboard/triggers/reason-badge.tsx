import { cx } from "@/components/ui/cx";
import type { ReasonCode } from "../api-types";
import { REASON_LABELS } from "./rule-fields";

// One colour per reason so a list of rules (or of reasons a simulation fired) scans at a glance.
const COLOURS: Record<ReasonCode, string> = {
  explicit_request: "bg-sky-50 text-sky-700 ring-sky-200",
  negative_sentiment: "bg-red-50 text-red-700 ring-red-200",
  sensitive_topic: "bg-purple-50 text-purple-700 ring-purple-200",
  high_value_intent: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  low_confidence: "bg-amber-50 text-amber-800 ring-amber-200",
  repeated_failure: "bg-orange-50 text-orange-700 ring-orange-200",
  vip_customer: "bg-yellow-50 text-yellow-800 ring-yellow-300",
};

export function ReasonBadge({ reason }: { reason: ReasonCode }) {
  return (
    <span className={cx("inline-flex items-center rounded-md px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset", COLOURS[reason])} title={reason}>
      {REASON_LABELS[reason]}
    </span>
  );
}

/** A matched phrase, as a chip. */
export function MatchChip({ text }: { text: string }) {
  return <mark className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-200 ring-inset">{text}</mark>;
}

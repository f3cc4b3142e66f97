import { cx } from "@/components/ui/cx";
import { reasonLabel } from "./labels";

// The colours of the handoff rules page, so a reason looks the same everywhere.
const COLOURS: Record<string, string> = {
  explicit_request: "bg-sky-50 text-sky-700 ring-sky-200",
  negative_sentiment: "bg-red-50 text-red-700 ring-red-200",
  sensitive_topic: "bg-purple-50 text-purple-700 ring-purple-200",
  high_value_intent: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  low_confidence: "bg-amber-50 text-amber-800 ring-amber-200",
  repeated_failure: "bg-orange-50 text-orange-700 ring-orange-200",
  vip_customer: "bg-yellow-50 text-yellow-800 ring-yellow-300",
};

export function ReasonChip({ code }: { code: string }) {
  return (
    <span
      data-testid="reason-chip"
      title={code}
      className={cx("inline-flex items-center rounded px-1.5 py-px text-[11px] font-medium ring-1 ring-inset", COLOURS[code] ?? "bg-zinc-50 text-zinc-700 ring-zinc-200")}
    >
      {reasonLabel(code)}
    </span>
  );
}

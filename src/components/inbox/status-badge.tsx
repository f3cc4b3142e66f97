import type { ConversationStatusDto } from "@/features/inbox/inbox.dto";
import { cx } from "@/components/ui/cx";
import { STATUS_LABELS } from "./labels";

const TONES: Record<ConversationStatusDto, string> = {
  BOT: "bg-zinc-100 text-zinc-700 ring-zinc-200",
  QUEUED: "bg-amber-50 text-amber-800 ring-amber-200",
  ASSIGNED: "bg-brand-50 text-brand-700 ring-brand-200",
  RESOLVED: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  LEAD_CAPTURE: "bg-sky-50 text-sky-700 ring-sky-200",
};

export function StatusBadge({ status, className }: { status: ConversationStatusDto; className?: string }) {
  return (
    <span data-testid="status-badge" className={cx("inline-flex items-center rounded-md px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset", TONES[status], className)}>
      {STATUS_LABELS[status]}
    </span>
  );
}

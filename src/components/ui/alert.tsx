import type { ReactNode } from "react";
import { cx } from "./cx";
import { AlertIcon, CheckCircleIcon, InfoIcon } from "./icons";

type Tone = "error" | "success" | "info" | "warning";

const TONES: Record<Tone, string> = {
  error: "bg-red-50 text-red-800 ring-red-200",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  info: "bg-sky-50 text-sky-800 ring-sky-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
};

const ICONS: Record<Tone, typeof AlertIcon> = { error: AlertIcon, success: CheckCircleIcon, info: InfoIcon, warning: AlertIcon };

export function Alert({ tone = "info", title, children, className }: { tone?: Tone; title?: ReactNode; children?: ReactNode; className?: string }) {
  const Icon = ICONS[tone];
  return (
    // Errors interrupt (role=alert); confirmations are announced politely.
    <div role={tone === "error" ? "alert" : "status"} className={cx("flex gap-3 rounded-lg p-3 text-sm ring-1 ring-inset", TONES[tone], className)}>
      <Icon className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 space-y-1">
        {title ? <p className="font-medium">{title}</p> : null}
        {children ? <div className={title ? "opacity-90" : undefined}>{children}</div> : null}
      </div>
    </div>
  );
}

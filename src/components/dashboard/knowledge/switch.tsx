"use client";
import { cx } from "@/components/ui/cx";

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The accessible name; the switch has no visible label of its own. */
  label: string;
  disabled?: boolean;
  busy?: boolean;
}

/** An on/off switch (WAI-ARIA switch pattern): Space or Enter toggles it, like a checkbox. */
export function Switch({ checked, onChange, label, disabled, busy }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={label}
      aria-busy={busy || undefined}
      disabled={disabled || busy}
      onClick={() => onChange(!checked)}
      className={cx(
        "relative inline-flex h-5 w-9 shrink-0 items-center rounded-full transition-colors disabled:cursor-not-allowed disabled:opacity-60",
        checked ? "bg-brand-600" : "bg-zinc-300",
      )}
    >
      <span aria-hidden="true" className={cx("inline-block size-4 rounded-full bg-white shadow-sm ring-1 ring-zinc-900/5 transition-transform", checked ? "translate-x-4.5" : "translate-x-0.5")} />
    </button>
  );
}

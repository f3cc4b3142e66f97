// Icons for the audit log, drawn like ui/icons.tsx (24px grid, outline, currentColor).
import type { ComponentProps } from "react";

/** A list with a clock: who changed what, when. */
export function AuditIcon({ className = "size-4", ...rest }: ComponentProps<"svg">) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className={className} {...rest}>
      <path d="M4 6h9" />
      <path d="M4 11h6" />
      <path d="M4 16h5" />
      <path d="M16.5 21a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Z" />
      <path d="M16.5 14.5v2l1.5 1" />
    </svg>
  );
}

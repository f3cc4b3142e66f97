// Icons for webhooks, drawn like ui/icons.tsx (24px grid, outline, currentColor).
import type { ComponentProps } from "react";

/** Three linked nodes: an event fanning out to other systems. */
export function WebhookIcon({ className = "size-4", ...rest }: ComponentProps<"svg">) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className={className} {...rest}>
      <path d="M9.5 7.5a3 3 0 1 1 4.2 2.7L16.5 15" />
      <path d="M6 17.5a3 3 0 1 1 1.5-5.6L10 7.6" />
      <path d="M18 17.5a3 3 0 1 1-2.9 2.2H9" />
    </svg>
  );
}

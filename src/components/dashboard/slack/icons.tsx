// The Slack page's icon, drawn like ui/icons.tsx (24px grid, outline, currentColor).
import type { ComponentProps } from "react";

export function SlackIcon({ className = "size-4", ...rest }: ComponentProps<"svg">) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className={className} {...rest}>
      <path d="M9.5 3.5v7" />
      <path d="M14.5 13.5v7" />
      <path d="M3.5 14.5h7" />
      <path d="M13.5 9.5h7" />
    </svg>
  );
}

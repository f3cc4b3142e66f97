// The analytics icon, drawn like ui/icons.tsx (24px grid, outline, currentColor).
import type { ComponentProps } from "react";

export function ChartIcon({ className = "size-4", ...rest }: ComponentProps<"svg">) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className={className} {...rest}>
      <path d="M4 20V4" />
      <path d="M4 20h16" />
      <path d="m7 15 4-5 3 3 5-6" />
    </svg>
  );
}

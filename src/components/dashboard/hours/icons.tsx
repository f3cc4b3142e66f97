// Icons for business hours, drawn like ui/icons.tsx (24px grid, outline, currentColor).
import type { ComponentProps } from "react";

function icon(paths: string[]) {
  return function Icon({ className = "size-4", ...rest }: ComponentProps<"svg">) {
    return (
      <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className={className} {...rest}>
        {paths.map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    );
  };
}

export const ClockIcon = icon(["M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z", "M12 7v5l3 2"]);
export const CalendarIcon = icon(["M4 6h16v14H4z", "M4 10h16", "M8 3v4", "M16 3v4"]);

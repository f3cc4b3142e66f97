// Icons for routing, drawn like ui/icons.tsx (24px grid, outline, currentColor).
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

/** One path splitting in two: a conversation sent one way or the other. */
export const RouteIcon = icon(["M4 12h6", "M10 12c3 0 4-5 7-5h3", "M10 12c3 0 4 5 7 5h3", "m18 5 2 2-2 2", "m18 15 2 2-2 2"]);
export const ArrowUpIcon = icon(["M12 19V5", "m6 11 6-6 6 6"]);
export const ArrowDownIcon = icon(["M12 5v14", "m18 13-6 6-6-6"]);

// Icons for handoff rules, drawn like ui/icons.tsx (24px grid, outline, currentColor).
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

/** Two arrows passing a conversation from the bot to a person. */
export const HandoffIcon = icon(["M4 8h12", "m12 4 4 4-4 4", "M20 16H8", "m12 12-4 4 4 4"]);
export const PlayIcon = icon(["M7 5v14l11-7L7 5Z"]);
export const HistoryIcon = icon(["M3 12a9 9 0 1 0 3-6.7L3 8", "M3 3v5h5", "M12 7v5l3 2"]);

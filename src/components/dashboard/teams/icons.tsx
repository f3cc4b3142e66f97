// Icons for teams, drawn like ui/icons.tsx (24px grid, outline, currentColor).
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

/** Three heads: a group of agents working together. */
export const TeamIcon = icon([
  "M12 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z",
  "M6.5 20v-1a5.5 5.5 0 0 1 11 0v1",
  "M5 11.5a2.5 2.5 0 1 0 0-5",
  "M19 11.5a2.5 2.5 0 1 1 0-5",
  "M2 19v-.5A3.5 3.5 0 0 1 4.5 15",
  "M22 19v-.5a3.5 3.5 0 0 0-2.5-3.5",
]);

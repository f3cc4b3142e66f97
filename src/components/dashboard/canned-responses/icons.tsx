// Icons for canned responses, drawn like ui/icons.tsx (24px grid, outline, currentColor).
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

/** A speech bubble with a lightning bolt: a reply ready to send. */
export const QuickReplyIcon = icon(["M4 5h16v11H9l-4 4v-4H4z", "m12.5 7.5-2 3.5h3l-2 3.5"]);

// Icons for the widget settings, drawn like ui/icons.tsx (24px grid, outline, currentColor).
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

export const ChatIcon = icon(["M4 5h16v11H9l-5 4V5Z", "M8 9.5h8", "M8 12.5h5"]);
export const ShieldIcon = icon(["M12 3 5 6v5c0 4.5 3 8.3 7 10 4-1.7 7-5.5 7-10V6l-7-3Z", "m9 12 2 2 4-4"]);
export const ChevronDownIcon = icon(["m6 9 6 6 6-6"]);

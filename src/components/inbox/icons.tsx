// Icons for the inbox, drawn like ui/icons.tsx (24px grid, outline, currentColor).
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

/** A tray with a message dropping in. */
export const InboxIcon = icon(["M3 13h5l1.5 3h5l1.5-3h5", "M5.5 5h13L21 13v6H3v-6l2.5-8Z"]);
export const SearchIcon = icon(["M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14Z", "m20 20-4-4"]);
export const GlobeIcon = icon(["M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z", "M3 12h18", "M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3Z"]);
export const PhoneChatIcon = icon(["M4 20l1.3-3.9A8 8 0 1 1 8 19l-4 1Z", "M9 9.5c.5 2 2.5 4 4.5 4.5l1-1.2 2 .8-.3 1.6c-3.7.2-7.9-4-7.7-7.7l1.6-.3.8 2-1.2 1Z"]);
export const SendIcon = icon(["M4 12 20 4l-4 16-4-7-8-1Z", "m12 13 8-9"]);
export const BellIcon = icon(["M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15L6 16Z", "M10 20a2 2 0 0 0 4 0"]);
export const BellOffIcon = icon(["M6 16V11a6 6 0 0 1 9.7-4.7", "M18 11v5l1.5 2H8", "M10 20a2 2 0 0 0 4 0", "M4 4l16 16"]);
export const KeyboardIcon = icon(["M3 6h18v12H3z", "M7 10h.01", "M11 10h.01", "M15 10h.01", "M8 14h8"]);
export const ArrowLeftIcon = icon(["M19 12H5", "m11 18-6-6 6-6"]);
export const PanelRightIcon = icon(["M4 4h16v16H4z", "M15 4v16"]);
export const ClockIcon = icon(["M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z", "M12 7v5l3 2"]);
export const SparkleIcon = icon(["M12 3v4", "M12 17v4", "M3 12h4", "M17 12h4", "m6 6 2.5 2.5", "m15.5 15.5 2.5 2.5", "m18 6-2.5 2.5", "m8.5 15.5-2.5 2.5"]);
export const ShieldCheckIcon = icon(["M12 3 5 6v5c0 4.5 3 8.3 7 10 4-1.7 7-5.5 7-10V6l-7-3Z", "m9 12 2 2 4-4"]);
export const NoteIcon = icon(["M5 4h10l4 4v12H5z", "M15 4v4h4", "M8 12h8", "M8 16h5"]);
export const BotIcon = icon(["M5 9h14v10H5z", "M12 5v4", "M9 14h.01", "M15 14h.01", "M2 13v3", "M22 13v3"]);
/** Two arrows passing a conversation on. */
export const TransferIcon = icon(["M4 8h12", "m12 4 4 4-4 4", "M20 16H8", "m12 12-4 4 4 4"]);
export const RefreshIcon = icon(["M20 11a8 8 0 0 0-14.9-3.5L4 9", "M4 4v5h5", "M4 13a8 8 0 0 0 14.9 3.5L20 15", "M20 20v-5h-5"]);

/** A five-pointed star, filled or outlined. */
export function StarIcon({ filled, className = "size-3.5" }: { filled: boolean; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className={className} fill={filled ? "currentColor" : "none"} stroke="currentColor" strokeWidth={1.6} strokeLinejoin="round">
      <path d="m12 3 2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3 6.4 20.2l1.1-6.2L3 9.6l6.2-.9L12 3Z" />
    </svg>
  );
}

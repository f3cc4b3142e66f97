// A few outline icons (24px grid, currentColor), inlined so the UI needs no icon package.
import type { ComponentProps } from "react";

type IconProps = ComponentProps<"svg">;

function icon(paths: string[]) {
  return function Icon({ className = "size-4", ...rest }: IconProps) {
    return (
      <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className={className} {...rest}>
        {paths.map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    );
  };
}

export const HomeIcon = icon(["M3 10.5 12 3l9 7.5", "M5 9v11h14V9", "M10 20v-6h4v6"]);
export const UsersIcon = icon([
  "M16 20v-1.5A3.5 3.5 0 0 0 12.5 15h-5A3.5 3.5 0 0 0 4 18.5V20",
  "M10 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Z",
  "M20 20v-1.5a3.5 3.5 0 0 0-2.5-3.35",
  "M15.5 4.15a3.5 3.5 0 0 1 0 6.7",
]);
export const SettingsIcon = icon([
  "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z",
  "M19.4 15a1.7 1.7 0 0 0 .34 1.87l.06.06a2 2 0 1 1-2.83 2.83l-.06-.06a1.7 1.7 0 0 0-1.87-.34 1.7 1.7 0 0 0-1.03 1.56V21a2 2 0 1 1-4 0v-.09a1.7 1.7 0 0 0-1.1-1.56 1.7 1.7 0 0 0-1.88.34l-.06.06a2 2 0 1 1-2.83-2.83l.06-.06A1.7 1.7 0 0 0 4.6 15a1.7 1.7 0 0 0-1.56-1.03H3a2 2 0 1 1 0-4h.09A1.7 1.7 0 0 0 4.6 8.9a1.7 1.7 0 0 0-.34-1.87l-.06-.06a2 2 0 1 1 2.83-2.83l.06.06a1.7 1.7 0 0 0 1.87.34H9a1.7 1.7 0 0 0 1-1.56V3a2 2 0 1 1 4 0v.09a1.7 1.7 0 0 0 1.03 1.56 1.7 1.7 0 0 0 1.87-.34l.06-.06a2 2 0 1 1 2.83 2.83l-.06.06a1.7 1.7 0 0 0-.34 1.87V9a1.7 1.7 0 0 0 1.56 1H21a2 2 0 1 1 0 4h-.09a1.7 1.7 0 0 0-1.51 1Z",
]);
export const KeyIcon = icon(["M7.5 19a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Z", "m10.7 11.3 8.8-8.8", "m16.5 5.5 2.5 2.5", "m14 8 2 2"]);
export const ChevronUpDownIcon = icon(["m8 9 4-4 4 4", "m16 15-4 4-4-4"]);
export const CheckIcon = icon(["m5 12.5 4.5 4.5L19 7.5"]);
export const PlusIcon = icon(["M12 5v14", "M5 12h14"]);
export const LogOutIcon = icon(["M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3", "M10 17l-5-5 5-5", "M5 12h11"]);
export const CopyIcon = icon(["M9 9h10v10H9z", "M5 15V5h10"]);
export const AlertIcon = icon(["M12 9v4", "M12 17h.01", "M10.3 3.9 2.4 17.5A2 2 0 0 0 4.1 20.5h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z"]);
export const InfoIcon = icon(["M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z", "M12 11v5", "M12 8h.01"]);
export const CheckCircleIcon = icon(["M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z", "m8.5 12.5 2.5 2.5 4.5-5"]);
export const LockIcon = icon(["M6 11h12v10H6z", "M8.5 11V7.5a3.5 3.5 0 0 1 7 0V11"]);
export const MenuIcon = icon(["M4 6h16", "M4 12h16", "M4 18h16"]);
export const XIcon = icon(["M6 6l12 12", "M18 6 6 18"]);
export const TrashIcon = icon(["M4 7h16", "M10 11v6", "M14 11v6", "M6 7l1 13h10l1-13", "M9 7V4h6v3"]);
export const LinkIcon = icon(["M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1", "M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"]);
export const MailIcon = icon(["M3 6h18v12H3z", "m3 7 9 6 9-6"]);
export const ArrowRightIcon = icon(["M5 12h14", "m13 6 6 6-6 6"]);

/** Baton's mark: a relay baton passing between two hands, reduced to two bars. */
export function BatonLogo({ className = "size-7" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={className}>
      <rect width="32" height="32" rx="8" className="fill-brand-600" />
      <rect x="7" y="13.5" width="12" height="5" rx="2.5" transform="rotate(-35 13 16)" fill="white" />
      <rect x="15" y="13.5" width="10" height="5" rx="2.5" transform="rotate(-35 20 16)" fill="white" fillOpacity="0.6" />
    </svg>
  );
}

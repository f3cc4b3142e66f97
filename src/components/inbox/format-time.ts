// Short times for a dense list ("4m", "3h") and the transcript ("14:05", "Yesterday").
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const SHORT_DATE = new Intl.DateTimeFormat("en", { month: "short", day: "numeric" });
const LONG_DATE = new Intl.DateTimeFormat("en", { dateStyle: "medium" });
const CLOCK = new Intl.DateTimeFormat("en", { timeStyle: "short" });
const FULL = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** "now", "5m", "3h", "2d", then the date. */
export function relativeTime(iso: string, now: number): string {
  const elapsed = Math.max(0, now - Date.parse(iso));
  if (elapsed < MINUTE) return "now";
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)}m`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)}h`;
  if (elapsed < 7 * DAY) return `${Math.floor(elapsed / DAY)}d`;
  return SHORT_DATE.format(new Date(iso));
}

/** How long someone has waited: "40s", "4m", "1h 5m", "2d 3h". */
export function duration(fromIso: string, now: number): string {
  const elapsed = Math.max(0, now - Date.parse(fromIso));
  if (elapsed < MINUTE) return `${Math.floor(elapsed / 1000)}s`;
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)}m`;
  if (elapsed < DAY) {
    const minutes = Math.floor((elapsed % HOUR) / MINUTE);
    return `${Math.floor(elapsed / HOUR)}h${minutes ? ` ${minutes}m` : ""}`;
  }
  const hours = Math.floor((elapsed % DAY) / HOUR);
  return `${Math.floor(elapsed / DAY)}d${hours ? ` ${hours}h` : ""}`;
}

export const clockTime = (iso: string) => CLOCK.format(new Date(iso));
export const fullTime = (iso: string) => FULL.format(new Date(iso));

const dayKey = (date: Date) => `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;

/** "Today", "Yesterday" or the date, for the dividers in a transcript. */
export function dayLabel(iso: string, now: number): string {
  const date = new Date(iso);
  if (dayKey(date) === dayKey(new Date(now))) return "Today";
  if (dayKey(date) === dayKey(new Date(now - DAY))) return "Yesterday";
  return LONG_DATE.format(date);
}

export const sameDay = (a: string, b: string) => dayKey(new Date(a)) === dayKey(new Date(b));

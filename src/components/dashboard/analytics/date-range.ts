// Date range presets for the analytics page (calendar days, both ends included). "Today" is the
// browser's; the server reads the dates in the workspace's time zone.
export type Preset = "7d" | "30d" | "90d" | "month" | "custom";

export const PRESETS: { value: Exclude<Preset, "custom">; label: string }[] = [
  { value: "7d", label: "Last 7 days" },
  { value: "30d", label: "Last 30 days" },
  { value: "90d", label: "Last 90 days" },
  { value: "month", label: "This month" },
];

export interface DateRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const shift = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export function localToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function presetRange(preset: Exclude<Preset, "custom">, today = localToday()): DateRange {
  if (preset === "month") return { from: `${today.slice(0, 8)}01`, to: today };
  const days = preset === "7d" ? 7 : preset === "30d" ? 30 : 90;
  return { from: shift(today, -(days - 1)), to: today };
}

export const MAX_DAYS = 366;

/** Why a custom range cannot be asked for, or null when it can. */
export function rangeProblem({ from, to }: DateRange): string | null {
  if (!from || !to) return "Pick both dates";
  if (from > to) return "The start must be on or before the end";
  if ((Date.parse(to) - Date.parse(from)) / DAY_MS + 1 > MAX_DAYS) return `A range is at most ${MAX_DAYS} days`;
  return null;
}

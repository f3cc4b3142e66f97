// The schedule editor's values (a list of opening hours per weekday, Monday first), the API body
// built from them, and how a schedule reads in a list.
import type { Schedule, ScheduleInput, WeeklyInterval } from "./types";

export interface Interval {
  open: string;
  close: string;
}

export interface ScheduleValues {
  name: string;
  timezone: string;
  /** Indexed by day: 0 = Sunday ... 6 = Saturday (as the API). */
  week: Interval[][];
  holidays: string[];
}

/** Display order: the working week first. */
export const DAYS = [
  { day: 1, label: "Monday", short: "Mon" },
  { day: 2, label: "Tuesday", short: "Tue" },
  { day: 3, label: "Wednesday", short: "Wed" },
  { day: 4, label: "Thursday", short: "Thu" },
  { day: 5, label: "Friday", short: "Fri" },
  { day: 6, label: "Saturday", short: "Sat" },
  { day: 0, label: "Sunday", short: "Sun" },
] as const;

export const DEFAULT_INTERVAL: Interval = { open: "09:00", close: "17:00" };

// A time input cannot hold 24:00: midnight at the end of the day is entered as 00:00.
const MIDNIGHT = "24:00";
const toInputTime = (close: string) => (close === MIDNIGHT ? "00:00" : close);
const toApiClose = (close: string) => (close === "00:00" ? MIDNIGHT : close);

export function emptySchedule(timezone: string): ScheduleValues {
  const week = Array.from({ length: 7 }, (_, day) => (day >= 1 && day <= 5 ? [{ ...DEFAULT_INTERVAL }] : []));
  return { name: "", timezone, week, holidays: [] };
}

export function toValues(schedule: Schedule): ScheduleValues {
  const week: Interval[][] = Array.from({ length: 7 }, () => []);
  for (const { day, open, close } of schedule.weekly) week[day]?.push({ open, close: toInputTime(close) });
  return { name: schedule.name, timezone: schedule.timezone, week, holidays: [...schedule.holidays] };
}

/** The API body, and for each interval of `weekly` where it sits in the editor (to place a 422). */
export function toInput(values: ScheduleValues): { input: ScheduleInput; places: Array<{ day: number; index: number }> } {
  const weekly: WeeklyInterval[] = [];
  const places: Array<{ day: number; index: number }> = [];
  for (const { day } of DAYS) {
    (values.week[day] ?? []).forEach((interval, index) => {
      weekly.push({ day, open: interval.open, close: toApiClose(interval.close) });
      places.push({ day, index });
    });
  }
  return { input: { name: values.name.trim(), timezone: values.timezone, weekly, holidays: [...values.holidays].sort() }, places };
}

export type ScheduleErrors = { name?: string; timezone?: string; holidays?: string; week: Record<string, string> };
export const intervalKey = (day: number, index: number) => `${day}:${index}`;

/** A 422's details placed on the editor: "weekly.5.close" becomes the row of the sixth interval sent. */
export function scheduleErrors(details: unknown, places: Array<{ day: number; index: number }>): ScheduleErrors {
  const errors: ScheduleErrors = { week: {} };
  if (!Array.isArray(details)) return errors;
  for (const issue of details as Array<{ path?: unknown; message?: unknown }>) {
    if (typeof issue.path !== "string" || typeof issue.message !== "string") continue;
    const [field, index] = issue.path.split(".");
    const place = field === "weekly" && index !== undefined ? places[Number(index)] : undefined;
    if (place) errors.week[intervalKey(place.day, place.index)] ??= issue.message;
    else if (field === "name" || field === "timezone" || field === "holidays") errors[field] ??= issue.message;
  }
  return errors;
}

export function formatIntervals(intervals: ReadonlyArray<Interval>): string {
  if (intervals.length === 0) return "Closed";
  return [...intervals]
    .sort((a, b) => a.open.localeCompare(b.open))
    .map(({ open, close }) => `${open}–${close === MIDNIGHT ? "24:00" : close}`)
    .join(", ");
}

/** "Mon–Fri 09:00–18:00 · Sat 10:00–14:00": consecutive days with the same hours are grouped. */
export function summarizeWeek(weekly: readonly WeeklyInterval[]): string {
  const groups: Array<{ from: string; to: string; hours: string }> = [];
  for (const { day, short } of DAYS) {
    const intervals = weekly.filter((interval) => interval.day === day);
    if (intervals.length === 0) continue;
    const hours = formatIntervals(intervals);
    const last = groups.at(-1);
    const previousDay = DAYS[DAYS.findIndex((item) => item.day === day) - 1];
    if (last && last.hours === hours && previousDay?.short === last.to) last.to = short;
    else groups.push({ from: short, to: short, hours });
  }
  if (groups.length === 0) return "Closed every day";
  return groups.map((group) => `${group.from === group.to ? group.from : `${group.from}–${group.to}`} ${group.hours}`).join(" · ");
}

/** The same hours on every weekday as on Monday (the most common edit). */
export function copyMondayToWeekdays(week: Interval[][]): Interval[][] {
  const monday = week[1] ?? [];
  return week.map((intervals, day) => (day >= 2 && day <= 5 ? monday.map((interval) => ({ ...interval })) : intervals));
}

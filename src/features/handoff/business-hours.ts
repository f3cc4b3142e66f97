// Whether a workspace's team is working right now, and when it is back. Local time comes from
// Intl with the schedule's IANA zone, so daylight saving needs no table of our own: an opening that
// falls into a spring-forward gap starts when the clock jumps past it.
import { isCalendarDate, isValidTimeZone, minutesOf, ZBusinessHoursInterval } from "./business-hours.schemas";

/** A BusinessHours row (weekly and holidays are JSON columns, read leniently). */
export interface BusinessHoursLike {
  timezone: string;
  weekly: unknown;
  holidays: unknown;
}

interface Schedule {
  timeZone: string;
  /** Per weekday (0 = Sunday): [open, close) in minutes since local midnight, sorted. */
  days: Array<Array<[number, number]>>;
  holidays: Set<string>;
}

interface LocalTime {
  date: string;
  weekday: number;
  minutes: number;
  /** The wall clock as if it were UTC, in ms: the difference to the instant is the zone's offset. */
  wallMs: number;
}

const SEARCH_DAYS = 14;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * No row at all means the workspace never set hours: always open. A row whose weekly schedule is
 * empty was set up that way on purpose (for example an inbox that is never staffed live): closed.
 */
export function isOpen(hours: BusinessHoursLike | null, now: Date): boolean {
  if (!hours) return true;
  return openAt(toSchedule(hours), now.getTime());
}

/**
 * The first moment the team is working again, searched up to 14 days ahead: `now` while open,
 * null when nothing opens in that window (no intervals, or holidays all the way).
 */
export function nextOpening(hours: BusinessHoursLike | null, now: Date): Date | null {
  if (!hours) return new Date(now.getTime());
  const schedule = toSchedule(hours);
  const nowMs = now.getTime();
  if (openAt(schedule, nowMs)) return new Date(nowMs);
  const today = localTime(schedule.timeZone, nowMs);
  const midnight = Date.UTC(...ymd(today.date));
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    const dayStart = midnight + offset * DAY;
    const date = new Date(dayStart).toISOString().slice(0, 10);
    if (schedule.holidays.has(date)) continue;
    for (const [open] of schedule.days[new Date(dayStart).getUTCDay()] ?? []) {
      const instant = firstInstantAtOrAfter(schedule.timeZone, dayStart + open * MINUTE, nowMs);
      // An interval swallowed whole by a DST gap never opens; keep looking.
      if (instant !== null && instant - nowMs <= SEARCH_DAYS * DAY && openAt(schedule, instant)) return new Date(instant);
    }
  }
  return null;
}

function openAt(schedule: Schedule, ms: number): boolean {
  const local = localTime(schedule.timeZone, ms);
  if (schedule.holidays.has(local.date)) return false;
  return (schedule.days[local.weekday] ?? []).some(([open, close]) => local.minutes >= open && local.minutes < close);
}

function toSchedule(hours: BusinessHoursLike): Schedule {
  // A zone that no longer validates (renamed, or written around the API) falls back to UTC rather than
  // failing the handoff that asked.
  const timeZone = typeof hours.timezone === "string" && isValidTimeZone(hours.timezone) ? hours.timezone : "UTC";
  const days: Schedule["days"] = [[], [], [], [], [], [], []];
  for (const raw of Array.isArray(hours.weekly) ? hours.weekly : []) {
    const parsed = ZBusinessHoursInterval.safeParse(raw);
    if (parsed.success) days[parsed.data.day]!.push([minutesOf(parsed.data.open), minutesOf(parsed.data.close)]);
  }
  for (const day of days) day.sort((a, b) => a[0] - b[0]);
  const holidays = new Set((Array.isArray(hours.holidays) ? hours.holidays : []).filter((d): d is string => typeof d === "string" && isCalendarDate(d)));
  return { timeZone, days, holidays };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

function localTime(timeZone: string, ms: number): LocalTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  const midnight = Date.UTC(year, month - 1, day);
  const date = new Date(midnight).toISOString().slice(0, 10);
  return { date, weekday: new Date(midnight).getUTCDay(), minutes: hour * 60 + minute, wallMs: midnight + (hour * 3600 + minute * 60 + second) * 1000 + (ms % 1000) };
}

const offsetAt = (timeZone: string, ms: number) => localTime(timeZone, ms).wallMs - ms;

/**
 * The first instant after `notBefore` at which the local clock shows `wallMs` (a wall time written as
 * if UTC). A wall time that happens twice (autumn) gives its first occurrence still ahead; one that
 * never happens (spring gap) gives the moment the clock jumps past it.
 */
function firstInstantAtOrAfter(timeZone: string, wallMs: number, notBefore: number): number | null {
  // Offsets a day either side cover both sides of any transition near this wall time.
  const offsets = [...new Set([offsetAt(timeZone, wallMs - DAY), offsetAt(timeZone, wallMs + DAY)])];
  const exact = offsets.map((offset) => wallMs - offset).filter((ms) => localTime(timeZone, ms).wallMs === wallMs && ms > notBefore);
  if (exact.length > 0) return Math.min(...exact);
  if (offsets.length < 2) return null;
  // In a gap: bisect (to the millisecond, about 22 steps for an hour) for the jump past the wall time.
  let low = wallMs - Math.max(...offsets);
  let high = wallMs - Math.min(...offsets);
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (localTime(timeZone, mid).wallMs >= wallMs) high = mid;
    else low = mid;
  }
  return high > notBefore ? high : null;
}

function ymd(date: string): [number, number, number] {
  const [y = 1970, m = 1, d = 1] = date.split("-").map(Number);
  return [y, m - 1, d];
}

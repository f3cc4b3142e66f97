// The shape of a BusinessHours row as the settings screen edits it. The same rules (HH:MM, close
// after open, no overlaps, real calendar dates) decide what business-hours.ts trusts in a stored row.
import { z } from "zod";

const OPEN_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
// "24:00" closes at the end of the day; a later interval on the next day continues an overnight shift.
const CLOSE_TIME = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Region/City names (and UTC, Etc/GMT+5); Intl also accepts raw offsets such as "+02:00", which
// are not IANA zones and would silently ignore daylight saving.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** True for a time zone name this runtime's Intl knows ("Europe/Berlin", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (!ZONE_NAME.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** "09:30" -> 570; "24:00" -> 1440. */
export function minutesOf(time: string): number {
  const [hours = "0", minutes = "0"] = time.split(":");
  return Number(hours) * 60 + Number(minutes);
}

/** A real calendar date written YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const ZBusinessHoursInterval = z
  .object({
    /** 0 = Sunday ... 6 = Saturday, as Date#getDay. */
    day: z.number().int().min(0).max(6),
    open: z.string().regex(OPEN_TIME, "use HH:MM (00:00-23:59)"),
    close: z.string().regex(CLOSE_TIME, "use HH:MM (00:00-24:00)"),
  })
  .refine((interval) => minutesOf(interval.close) > minutesOf(interval.open), {
    message: "must close after it opens (split an overnight shift at 24:00)",
    path: ["close"],
  });
export type TBusinessHoursInterval = z.infer<typeof ZBusinessHoursInterval>;

export const businessHoursInput = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  timezone: z.string().trim().refine(isValidTimeZone, "unknown time zone (use an IANA name such as Europe/Berlin)"),
  weekly: z
    .array(ZBusinessHoursInterval)
    .max(100)
    .superRefine((intervals, ctx) => {
      for (let i = 0; i < intervals.length; i++) {
        for (let j = 0; j < i; j++) {
          const a = intervals[i]!;
          const b = intervals[j]!;
          // Touching intervals (09:00-12:00, 12:00-17:00) are fine; sharing a minute is not.
          if (a.day === b.day && minutesOf(a.open) < minutesOf(b.close) && minutesOf(b.open) < minutesOf(a.close)) {
            ctx.addIssue({ code: "custom", message: `overlaps ${b.open}-${b.close} on the same day`, path: [i] });
          }
        }
      }
    }),
  holidays: z
    .array(z.string().refine(isCalendarDate, "use a date written YYYY-MM-DD"))
    .max(400)
    .transform((dates) => [...new Set(dates)].sort()),
});
export const ZBusinessHoursInput = businessHoursInput;
export type TBusinessHoursInput = z.infer<typeof businessHoursInput>;

// The CRUD edges of business-hours schedules. What a valid schedule is (HH:MM, no overlaps, real
// dates, IANA zones) is decided once, in features/handoff/business-hours.schemas.ts.
import { z } from "zod";
import { businessHoursInput, ZBusinessHoursInterval, type TBusinessHoursInterval } from "@/features/handoff/business-hours.schemas";

export const ZScheduleInput = businessHoursInput
  .extend({ name: z.string().trim().min(1, "is required").max(100), holidays: businessHoursInput.shape.holidays.default([]) })
  .strict();
export type TScheduleInput = z.infer<typeof ZScheduleInput>;

export const ZScheduleUpdate = ZScheduleInput.partial().strict();
export type TScheduleUpdate = z.infer<typeof ZScheduleUpdate>;

export interface ScheduleDto {
  id: string;
  name: string;
  timezone: string;
  /** Sorted by day, then opening time. */
  weekly: TBusinessHoursInterval[];
  holidays: string[];
  /** The inboxes that follow this schedule (the others are always open, or follow another). */
  inboxes: Array<{ id: string; name: string }>;
}

const ZStoredHolidays = z.array(z.string()).catch([]);

/** JSON columns are read leniently: an interval that does not parse is left out, never shown broken. */
function toWeekly(value: unknown): TBusinessHoursInterval[] {
  const items = Array.isArray(value) ? value : [];
  return items
    .flatMap((item) => {
      const parsed = ZBusinessHoursInterval.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.day - b.day || a.open.localeCompare(b.open));
}

export function toScheduleDto(row: { id: string; name: string; timezone: string; weekly: unknown; holidays: unknown; inboxes: Array<{ id: string; name: string }> }): ScheduleDto {
  return {
    id: row.id,
    name: row.name,
    timezone: row.timezone,
    weekly: toWeekly(row.weekly),
    holidays: ZStoredHolidays.parse(row.holidays),
    inboxes: row.inboxes.map((inbox) => ({ id: inbox.id, name: inbox.name })),
  };
}

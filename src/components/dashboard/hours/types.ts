// The JSON shapes of the business hours endpoints (src/app/api/business-hours/**; schemas in
// features/business-hours and features/handoff/business-hours.schemas.ts).

export interface WeeklyInterval {
  /** 0 = Sunday ... 6 = Saturday. */
  day: number;
  /** "09:00" */
  open: string;
  /** "18:00"; "24:00" is midnight at the end of the day. */
  close: string;
}

export interface Schedule {
  id: string;
  name: string;
  timezone: string;
  weekly: WeeklyInterval[];
  /** "2026-12-25" */
  holidays: string[];
  inboxes: Array<{ id: string; name: string }>;
}

export interface ScheduleList {
  businessHours: Schedule[];
}

/** What POST /api/business-hours accepts (PATCH takes any subset). */
export interface ScheduleInput {
  name: string;
  timezone: string;
  weekly: WeeklyInterval[];
  holidays: string[];
}

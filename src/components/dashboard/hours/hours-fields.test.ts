import { describe, expect, it } from "vitest";
import { copyMondayToWeekdays, emptySchedule, scheduleErrors, summarizeWeek, toInput, toValues } from "./hours-fields";

const schedule = {
  id: "s1",
  name: "Support",
  timezone: "Europe/London",
  weekly: [
    { day: 1, open: "09:00", close: "12:00" },
    { day: 1, open: "13:00", close: "18:00" },
    { day: 2, open: "09:00", close: "24:00" },
    { day: 0, open: "10:00", close: "14:00" },
  ],
  holidays: ["2026-12-25"],
  inboxes: [],
};

describe("business hours editor", () => {
  it("round-trips a schedule, showing midnight as 00:00 and sending it as 24:00", () => {
    const values = toValues(schedule);
    expect(values.week[1]).toEqual([{ open: "09:00", close: "12:00" }, { open: "13:00", close: "18:00" }]);
    expect(values.week[2]).toEqual([{ open: "09:00", close: "00:00" }]);
    const { input, places } = toInput(values);
    // Monday first, Sunday last, as the editor shows them.
    expect(input.weekly.map((i) => i.day)).toEqual([1, 1, 2, 0]);
    expect(input.weekly[2]).toEqual({ day: 2, open: "09:00", close: "24:00" });
    expect(places).toEqual([{ day: 1, index: 0 }, { day: 1, index: 1 }, { day: 2, index: 0 }, { day: 0, index: 0 }]);
  });

  it("starts a new schedule open Monday to Friday in the given zone", () => {
    const values = emptySchedule("America/New_York");
    expect(toInput(values).input).toEqual({ name: "", timezone: "America/New_York", weekly: [1, 2, 3, 4, 5].map((day) => ({ day, open: "09:00", close: "17:00" })), holidays: [] });
  });

  it("places API errors on the interval they are about", () => {
    const { places } = toInput(toValues(schedule));
    const errors = scheduleErrors(
      [
        { path: "weekly.1", message: "overlaps 09:00-12:00 on the same day" },
        { path: "weekly.3.close", message: "must close after it opens" },
        { path: "timezone", message: "unknown time zone" },
      ],
      places,
    );
    expect(errors).toEqual({ week: { "1:1": "overlaps 09:00-12:00 on the same day", "0:0": "must close after it opens" }, timezone: "unknown time zone" });
  });

  it("summarizes consecutive days with the same hours", () => {
    const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, open: "09:00", close: "18:00" }));
    expect(summarizeWeek(weekdays)).toBe("Mon–Fri 09:00–18:00");
    expect(summarizeWeek([...weekdays.filter((i) => i.day !== 3), { day: 6, open: "10:00", close: "14:00" }])).toBe("Mon–Tue 09:00–18:00 · Thu–Fri 09:00–18:00 · Sat 10:00–14:00");
    expect(summarizeWeek(schedule.weekly)).toBe("Mon 09:00–12:00, 13:00–18:00 · Tue 09:00–24:00 · Sun 10:00–14:00");
    expect(summarizeWeek([])).toBe("Closed every day");
  });

  it("copies Monday's hours to Tuesday-Friday only", () => {
    const week = toValues(schedule).week;
    const copied = copyMondayToWeekdays(week);
    expect(copied[5]).toEqual(week[1]);
    expect(copied[0]).toBe(week[0]);
    expect(copied[5]).not.toBe(week[1]);
  });
});

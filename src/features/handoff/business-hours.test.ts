import { describe, expect, it } from "vitest";
import { businessHoursInput } from "./business-hours.schemas";
import { isOpen, nextOpening, type BusinessHoursLike } from "./business-hours";

const at = (iso: string) => new Date(iso);
const weekdays = (open: string, close: string) => [1, 2, 3, 4, 5].map((day) => ({ day, open, close }));
const hours = (timezone: string, weekly: unknown[], holidays: string[] = []): BusinessHoursLike => ({ timezone, weekly, holidays });
const berlin = hours("Europe/Berlin", weekdays("09:00", "17:00"));

describe("isOpen", () => {
  it("is always open without a schedule, and never with an empty one", () => {
    expect(isOpen(null, at("2026-01-04T03:00:00Z"))).toBe(true);
    const empty = hours("Europe/Berlin", []);
    expect(isOpen(empty, at("2026-01-05T10:00:00Z"))).toBe(false);
    expect(nextOpening(empty, at("2026-01-05T10:00:00Z"))).toBeNull();
  });

  it("reads the local wall clock in winter (UTC+1): open at 09:00, closed from 17:00", () => {
    // Monday 2026-03-23, CET.
    expect(isOpen(berlin, at("2026-03-23T07:59:00Z"))).toBe(false);
    expect(isOpen(berlin, at("2026-03-23T08:00:00Z"))).toBe(true);
    expect(isOpen(berlin, at("2026-03-23T15:59:59Z"))).toBe(true);
    expect(isOpen(berlin, at("2026-03-23T16:00:00Z"))).toBe(false);
    // Saturday.
    expect(isOpen(berlin, at("2026-03-28T10:00:00Z"))).toBe(false);
  });

  it("follows the spring-forward change (Europe/Berlin, last Sunday of March 2026)", () => {
    // Monday 2026-03-30 is CEST (UTC+2): 09:00 local is 07:00Z, an hour earlier in UTC than the week before.
    expect(isOpen(berlin, at("2026-03-30T06:59:00Z"))).toBe(false);
    expect(isOpen(berlin, at("2026-03-30T07:00:00Z"))).toBe(true);
    expect(isOpen(berlin, at("2026-03-30T14:59:00Z"))).toBe(true);
    expect(isOpen(berlin, at("2026-03-30T15:00:00Z"))).toBe(false);
    // The same UTC time of day is 16:30 (open) the Monday before and 17:30 (closed) after the change.
    expect(isOpen(berlin, at("2026-03-23T15:30:00Z"))).toBe(true);
    expect(isOpen(berlin, at("2026-03-30T15:30:00Z"))).toBe(false);
  });

  it("closes the whole local day on a holiday, by the schedule's calendar not UTC's", () => {
    const withHoliday = hours("Europe/Berlin", weekdays("09:00", "17:00"), ["2026-12-25"]);
    expect(isOpen(withHoliday, at("2026-12-24T10:00:00Z"))).toBe(true);
    expect(isOpen(withHoliday, at("2026-12-25T10:00:00Z"))).toBe(false);
    // Auckland (UTC+13 in December): 24/7 except Christmas, which starts there while UTC is still on the 24th.
    const allWeek = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, open: "00:00", close: "24:00" }));
    const auckland = hours("Pacific/Auckland", allWeek, ["2026-12-25"]);
    expect(isOpen(auckland, at("2026-12-24T10:59:00Z"))).toBe(true);
    expect(isOpen(auckland, at("2026-12-24T11:00:00Z"))).toBe(false);
    expect(isOpen(auckland, at("2026-12-25T10:59:00Z"))).toBe(false);
    expect(isOpen(auckland, at("2026-12-25T11:00:00Z"))).toBe(true);
  });

  it("handles an overnight shift split at midnight (America/New_York, UTC-5)", () => {
    const nights = hours("America/New_York", [
      { day: 5, open: "22:00", close: "24:00" },
      { day: 6, open: "00:00", close: "02:00" },
    ]);
    // Friday 2026-01-09 21:59 local, then 23:59, Saturday 00:00, 01:59, 02:00.
    expect(isOpen(nights, at("2026-01-10T02:59:00Z"))).toBe(false);
    expect(isOpen(nights, at("2026-01-10T04:59:59Z"))).toBe(true);
    expect(isOpen(nights, at("2026-01-10T05:00:00Z"))).toBe(true);
    expect(isOpen(nights, at("2026-01-10T06:59:00Z"))).toBe(true);
    expect(isOpen(nights, at("2026-01-10T07:00:00Z"))).toBe(false);
    // A holiday on the Saturday ends the shift at midnight.
    const holiday = { ...nights, holidays: ["2026-01-10"] };
    expect(isOpen(holiday, at("2026-01-10T04:59:00Z"))).toBe(true);
    expect(isOpen(holiday, at("2026-01-10T05:00:00Z"))).toBe(false);
  });

  it("uses the local weekday in a UTC- zone even when UTC is already on the next day", () => {
    // 02:00Z Tuesday is 18:00 Monday in Los Angeles.
    const monday = hours("America/Los_Angeles", [{ day: 1, open: "09:00", close: "19:00" }]);
    const tuesday = hours("America/Los_Angeles", [{ day: 2, open: "09:00", close: "19:00" }]);
    expect(isOpen(monday, at("2026-01-13T02:00:00Z"))).toBe(true);
    expect(isOpen(tuesday, at("2026-01-13T02:00:00Z"))).toBe(false);
  });

  it("ignores malformed stored intervals and falls back to UTC for an unknown zone", () => {
    const messy = hours("Not/AZone", [{ day: 1, open: "17:00", close: "09:00" }, { day: 1, open: "9am", close: "5pm" }, "x", { day: 1, open: "10:00", close: "11:00" }], ["nope", 7] as unknown as string[]);
    expect(isOpen(messy, at("2026-01-05T10:30:00Z"))).toBe(true);
    expect(isOpen(messy, at("2026-01-05T12:00:00Z"))).toBe(false);
    expect(isOpen(hours("UTC", "not an array" as unknown as unknown[]), at("2026-01-05T10:30:00Z"))).toBe(false);
  });
});

describe("nextOpening", () => {
  it("is now while open, and the next local opening otherwise", () => {
    expect(nextOpening(null, at("2026-01-04T03:00:00Z"))).toEqual(at("2026-01-04T03:00:00Z"));
    expect(nextOpening(berlin, at("2026-03-23T10:00:00Z"))).toEqual(at("2026-03-23T10:00:00Z"));
    expect(nextOpening(berlin, at("2026-03-23T05:00:00Z"))).toEqual(at("2026-03-23T08:00:00Z"));
    expect(nextOpening(berlin, at("2026-03-23T16:30:00Z"))).toEqual(at("2026-03-24T08:00:00Z"));
  });

  it("crosses the spring-forward weekend: Friday evening -> Monday 09:00 CEST", () => {
    expect(nextOpening(berlin, at("2026-03-27T17:00:00Z"))).toEqual(at("2026-03-30T07:00:00Z"));
  });

  it("opens when the clock jumps past an opening time that does not exist that night", () => {
    // 02:30 does not happen in Berlin on 2026-03-29: clocks go from 02:00 CET to 03:00 CEST (01:00Z).
    const early = hours("Europe/Berlin", [{ day: 0, open: "02:30", close: "05:00" }]);
    expect(nextOpening(early, at("2026-03-29T00:10:00Z"))).toEqual(at("2026-03-29T01:00:00Z"));
    expect(isOpen(early, at("2026-03-29T00:59:00Z"))).toBe(false);
    expect(isOpen(early, at("2026-03-29T01:00:00Z"))).toBe(true);
    // An interval entirely inside the gap never opens that night: the next one is a week later.
    const lost = hours("Europe/Berlin", [{ day: 0, open: "02:00", close: "03:00" }]);
    expect(nextOpening(lost, at("2026-03-28T12:00:00Z"))).toEqual(at("2026-04-05T00:00:00Z"));
  });

  it("finds the second 02:30 of the autumn fall-back night", () => {
    // 2026-10-25: 02:00-03:00 happens twice in Berlin (CEST, then CET).
    const short = hours("Europe/Berlin", [{ day: 0, open: "02:30", close: "02:45" }]);
    expect(nextOpening(short, at("2026-10-24T12:00:00Z"))).toEqual(at("2026-10-25T00:30:00Z"));
    expect(nextOpening(short, at("2026-10-25T00:50:00Z"))).toEqual(at("2026-10-25T01:30:00Z"));
  });

  it("skips holidays and gives up after 14 days", () => {
    const withHoliday = hours("Europe/Berlin", weekdays("09:00", "17:00"), ["2026-12-25"]);
    // Thursday 24 December after closing -> Monday 28 December 09:00 CET.
    expect(nextOpening(withHoliday, at("2026-12-24T16:30:00Z"))).toEqual(at("2026-12-28T08:00:00Z"));
    // Monday 5 January just after closing: the next two Mondays are holidays, the third is beyond 14 days.
    const mondaysOnly = hours("UTC", [{ day: 1, open: "09:00", close: "10:00" }], ["2026-01-12", "2026-01-19"]);
    expect(nextOpening(mondaysOnly, at("2026-01-05T10:00:00Z"))).toBeNull();
    expect(nextOpening({ ...mondaysOnly, holidays: ["2026-01-12"] }, at("2026-01-05T10:00:00Z"))).toEqual(at("2026-01-19T09:00:00Z"));
  });

  it("works east of UTC (Asia/Kolkata, UTC+5:30)", () => {
    const india = hours("Asia/Kolkata", weekdays("10:00", "18:00"));
    // Saturday 2026-01-10 -> Monday 2026-01-12 10:00 IST = 04:30Z.
    expect(nextOpening(india, at("2026-01-10T06:00:00Z"))).toEqual(at("2026-01-12T04:30:00Z"));
    expect(isOpen(india, at("2026-01-12T04:29:00Z"))).toBe(false);
    expect(isOpen(india, at("2026-01-12T04:30:00Z"))).toBe(true);
  });
});

describe("businessHoursInput", () => {
  const valid = { timezone: "Europe/Berlin", weekly: [{ day: 1, open: "09:00", close: "12:00" }, { day: 1, open: "12:00", close: "24:00" }], holidays: ["2026-12-26", "2026-12-25", "2026-12-25"] };

  it("accepts a schedule with touching intervals and sorts and dedupes holidays", () => {
    const parsed = businessHoursInput.parse(valid);
    expect(parsed.holidays).toEqual(["2026-12-25", "2026-12-26"]);
    expect(parsed.weekly).toHaveLength(2);
  });

  it.each([
    ["an unknown zone", { timezone: "Mars/Olympus_Mons" }],
    ["a raw offset", { timezone: "+02:00" }],
    ["a time without a leading zero", { weekly: [{ day: 1, open: "9:00", close: "17:00" }] }],
    ["an opening at 24:00", { weekly: [{ day: 1, open: "24:00", close: "24:00" }] }],
    ["closing before opening", { weekly: [{ day: 1, open: "22:00", close: "02:00" }] }],
    ["closing when it opens", { weekly: [{ day: 1, open: "09:00", close: "09:00" }] }],
    ["day 7", { weekly: [{ day: 7, open: "09:00", close: "17:00" }] }],
    ["overlapping intervals", { weekly: [{ day: 2, open: "09:00", close: "13:00" }, { day: 2, open: "12:59", close: "17:00" }] }],
    ["an impossible date", { holidays: ["2026-02-30"] }],
    ["another date format", { holidays: ["25/12/2026"] }],
  ])("rejects %s", (_label, change) => {
    expect(businessHoursInput.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it("allows the same hours on different days", () => {
    const parsed = businessHoursInput.safeParse({ ...valid, weekly: weekdays("09:00", "17:00") });
    expect(parsed.success).toBe(true);
  });
});

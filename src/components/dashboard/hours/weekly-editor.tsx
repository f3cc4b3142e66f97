"use client";
// Opening hours per weekday: a day is open or closed, and an open day has one or more intervals
// (two for a lunch break). Errors from the API appear under the interval they are about.
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Input } from "@/components/ui/field";
import { PlusIcon, XIcon } from "@/components/ui/icons";
import { DAYS, DEFAULT_INTERVAL, intervalKey, type Interval } from "./hours-fields";

export interface WeeklyEditorProps {
  week: Interval[][];
  errors: Record<string, string>;
  disabled?: boolean;
  onChange: (week: Interval[][]) => void;
}

export function WeeklyEditor({ week, errors, disabled, onChange }: WeeklyEditorProps) {
  const setDay = (day: number, intervals: Interval[]) => onChange(week.map((current, index) => (index === day ? intervals : current)));

  return (
    <fieldset disabled={disabled}>
      <legend className="sr-only">Weekly hours</legend>
      <ul className="divide-y divide-zinc-100 rounded-lg ring-1 ring-zinc-200">
        {DAYS.map(({ day, label }) => {
          const intervals = week[day] ?? [];
          const open = intervals.length > 0;
          const last = intervals.at(-1);
          return (
            <li key={day} className={cx("flex flex-wrap items-start gap-x-4 gap-y-2 px-4 py-3", !open && "bg-zinc-50/60")} data-testid={`day-${day}`}>
              <label className="flex w-36 shrink-0 items-center gap-2 pt-1.5 text-sm font-medium text-zinc-800">
                <input
                  type="checkbox"
                  checked={open}
                  onChange={(event) => setDay(day, event.target.checked ? [{ ...DEFAULT_INTERVAL }] : [])}
                  className="size-4 rounded border-zinc-300 accent-brand-600"
                />
                {label}
              </label>
              {open ? (
                <div className="min-w-0 flex-1 space-y-2">
                  {intervals.map((interval, index) => {
                    const error = errors[intervalKey(day, index)];
                    const update = (change: Partial<Interval>) => setDay(day, intervals.map((item, i) => (i === index ? { ...item, ...change } : item)));
                    return (
                      <div key={index}>
                        <div className="flex items-center gap-2">
                          <Input compact type="time" value={interval.open} onChange={(e) => update({ open: e.target.value })} aria-label={`${label} opens`} aria-invalid={error ? true : undefined} required />
                          <span className="text-sm text-zinc-400">to</span>
                          <Input compact type="time" value={interval.close} onChange={(e) => update({ close: e.target.value })} aria-label={`${label} closes`} aria-invalid={error ? true : undefined} required />
                          <Button
                            variant="ghost"
                            size="sm"
                            onClick={() => setDay(day, intervals.filter((_, i) => i !== index))}
                            aria-label={`Remove ${interval.open}–${interval.close} on ${label}`}
                            icon={<XIcon />}
                          />
                        </div>
                        {error ? <p className="mt-1 text-sm text-red-600">{error}</p> : null}
                      </div>
                    );
                  })}
                  <Button
                    variant="ghost"
                    size="sm"
                    icon={<PlusIcon />}
                    // A second interval starts an hour after the last one closes: the usual lunch break shape.
                    onClick={() => setDay(day, [...intervals, { open: last ? shift(last.close, 60) : "09:00", close: last ? shift(last.close, 240) : "17:00" }])}
                  >
                    Add hours
                  </Button>
                </div>
              ) : (
                <p className="pt-1.5 text-sm text-zinc-500">Closed</p>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** "13:00" plus minutes, kept within the day. */
function shift(time: string, minutes: number): string {
  const [h = 0, m = 0] = time.split(":").map(Number);
  const total = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

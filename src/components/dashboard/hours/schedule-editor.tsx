"use client";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { api, ApiError, errorMessage } from "@/lib/api-client";
import { timeZones } from "../settings/settings-fields";
import { HolidaysEditor } from "./holidays-editor";
import { copyMondayToWeekdays, emptySchedule, scheduleErrors, toInput, toValues, type ScheduleErrors, type ScheduleValues } from "./hours-fields";
import type { Schedule } from "./types";
import { WeeklyEditor } from "./weekly-editor";

export interface ScheduleEditorProps {
  /** null: a new schedule. */
  schedule: Schedule | null;
  /** The zone a new schedule starts in (the workspace's). */
  defaultTimezone: string;
  onCancel: () => void;
  onSaved: (schedule: Schedule, created: boolean) => void;
}

export function ScheduleEditor({ schedule, defaultTimezone, onCancel, onSaved }: ScheduleEditorProps) {
  const [values, setValues] = useState<ScheduleValues>(() => (schedule ? toValues(schedule) : emptySchedule(defaultTimezone)));
  const [errors, setErrors] = useState<ScheduleErrors>({ week: {} });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const zones = useMemo(() => timeZones(values.timezone), [values.timezone]);
  const formRef = useRef<HTMLFormElement>(null);

  // The editor opens above the list: bring it into view when opened from a schedule further down.
  useEffect(() => formRef.current?.scrollIntoView({ behavior: "smooth", block: "start" }), []);

  const set = <K extends keyof ScheduleValues>(key: K, value: ScheduleValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => (key === "week" ? { ...current, week: {} } : { ...current, [key]: undefined }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { input, places } = toInput(values);
    setBusy(true);
    setError(null);
    setErrors({ week: {} });
    try {
      const saved = schedule
        ? await api.patch<Schedule>(`/api/business-hours/${encodeURIComponent(schedule.id)}`, input)
        : await api.post<Schedule>("/api/business-hours", input);
      onSaved(saved, !schedule);
    } catch (caught) {
      setBusy(false);
      const placed = caught instanceof ApiError ? scheduleErrors(caught.details, places) : { week: {} };
      setErrors(placed);
      const shown = Object.keys(placed.week).length > 0 || placed.name || placed.timezone || placed.holidays;
      setError(shown ? "Some hours need a fix: see the highlighted days." : errorMessage(caught));
    }
  };

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} aria-label={schedule ? `Edit ${schedule.name}` : "New schedule"}>
      <Card>
        <CardHeader title={schedule ? `Edit “${schedule.name}”` : "New schedule"} description="The hours your team answers, in the schedule's own time zone." />
        <CardBody className="space-y-5">
          {error ? <Alert tone="error">{error}</Alert> : null}
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label="Name" value={values.name} onChange={(e) => set("name", e.target.value)} required maxLength={100} placeholder="e.g. Support hours" error={errors.name} disabled={busy} />
            <SelectField label="Time zone" value={values.timezone} onChange={(e) => set("timezone", e.target.value)} error={errors.timezone} disabled={busy} hint="Daylight saving is followed automatically.">
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="space-y-2">
            <div className="flex flex-wrap items-end justify-between gap-2">
              <div>
                <p className="text-sm font-medium text-zinc-800">Weekly hours</p>
                <p className="text-sm text-zinc-500">Tick the days you are open. To close at midnight, enter 00:00.</p>
              </div>
              <Button variant="secondary" size="sm" onClick={() => set("week", copyMondayToWeekdays(values.week))} disabled={busy || (values.week[1] ?? []).length === 0}>
                Copy Monday to Tue–Fri
              </Button>
            </div>
            <WeeklyEditor week={values.week} errors={errors.week} disabled={busy} onChange={(week) => set("week", week)} />
          </div>
          <HolidaysEditor holidays={values.holidays} error={errors.holidays} disabled={busy} onChange={(holidays) => set("holidays", holidays)} />
        </CardBody>
        <CardFooter>
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {schedule ? "Save schedule" : "Add schedule"}
          </Button>
        </CardFooter>
      </Card>
    </form>
  );
}

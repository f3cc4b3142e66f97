"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Input, Label } from "@/components/ui/field";
import { PRESETS, presetRange, rangeProblem, type DateRange, type Preset } from "./date-range";

export function DateRangePicker({ preset, range, onChange }: { preset: Preset; range: DateRange; onChange: (preset: Preset, range: DateRange) => void }) {
  const [draft, setDraft] = useState<DateRange>(range);
  const problem = rangeProblem(draft);
  return (
    <div className="flex flex-wrap items-end gap-3" role="group" aria-label="Date range">
      <div className="flex rounded-lg bg-zinc-100 p-0.5">
        {PRESETS.map(({ value, label }) => (
          <button
            key={value}
            type="button"
            aria-pressed={preset === value}
            className={cx("rounded-md px-3 py-1.5 text-sm font-medium", preset === value ? "bg-white text-zinc-900 shadow-sm" : "text-zinc-600 hover:text-zinc-900")}
            onClick={() => {
              const next = presetRange(value);
              setDraft(next);
              onChange(value, next);
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (!problem) onChange("custom", draft);
        }}
      >
        <div className="space-y-1">
          <Label htmlFor="analytics-from">From</Label>
          <Input id="analytics-from" type="date" compact value={draft.from} max={draft.to} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="analytics-to">To</Label>
          <Input id="analytics-to" type="date" compact value={draft.to} min={draft.from} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <Button type="submit" variant="secondary" size="sm" disabled={Boolean(problem)} title={problem ?? undefined}>
          Apply
        </Button>
        {problem && preset === "custom" ? <p className="w-full text-sm text-red-600">{problem}</p> : null}
      </form>
    </div>
  );
}

"use client";
import { useState } from "react";
import { formatDate } from "@/components/format";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { PlusIcon, XIcon } from "@/components/ui/icons";

export function HolidaysEditor({ holidays, error, disabled, onChange }: { holidays: string[]; error?: string; disabled?: boolean; onChange: (holidays: string[]) => void }) {
  const [date, setDate] = useState("");
  const add = () => {
    if (!date) return;
    onChange([...new Set([...holidays, date])].sort());
    setDate("");
  };
  return (
    <fieldset disabled={disabled} className="space-y-2">
      <legend className="text-sm font-medium text-zinc-800">Holidays</legend>
      <p className="text-sm text-zinc-500">Closed all day on these dates, whatever the weekly hours say.</p>
      <div className="flex items-center gap-2">
        <Input
          compact
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              add();
            }
          }}
          aria-label="Holiday date"
        />
        <Button variant="secondary" size="sm" icon={<PlusIcon />} onClick={add} disabled={!date}>
          Add date
        </Button>
      </div>
      {holidays.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label="Holidays">
          {holidays.map((holiday) => (
            <li key={holiday} className="inline-flex items-center gap-1 rounded-md bg-zinc-100 py-0.5 pr-0.5 pl-2 text-sm text-zinc-700 ring-1 ring-zinc-200 ring-inset">
              <time dateTime={holiday}>{formatDate(`${holiday}T12:00:00`)}</time>
              <button type="button" onClick={() => onChange(holidays.filter((item) => item !== holiday))} className="rounded p-0.5 text-zinc-400 hover:bg-zinc-200 hover:text-zinc-700" aria-label={`Remove ${holiday}`}>
                <XIcon className="size-3.5" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <p className="text-sm text-red-600">{error}</p> : null}
    </fieldset>
  );
}

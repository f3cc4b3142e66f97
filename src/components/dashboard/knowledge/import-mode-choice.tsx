"use client";
import { Alert } from "@/components/ui/alert";
import { cx } from "@/components/ui/cx";
import type { ImportMode } from "../api-types";

const MODES: Array<{ value: ImportMode; label: string; description: string }> = [
  { value: "append", label: "Add to the knowledge base", description: "Your current entries stay as they are." },
  { value: "replace", label: "Replace the knowledge base", description: "Every current entry is deleted first." },
];

export function ImportModeChoice({ mode, onChange, currentTotal, disabled }: { mode: ImportMode; onChange: (mode: ImportMode) => void; currentTotal: number | undefined; disabled?: boolean }) {
  const entries = currentTotal === undefined ? "all current entries" : `all ${currentTotal} current ${currentTotal === 1 ? "entry" : "entries"}`;
  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <legend className="mb-1.5 text-sm font-medium text-zinc-800">Current entries</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {MODES.map((option) => (
          <label
            key={option.value}
            className={cx(
              "flex cursor-pointer gap-2.5 rounded-lg p-3 ring-1 ring-inset has-focus-visible:ring-2 has-focus-visible:ring-brand-500",
              mode === option.value ? "bg-brand-50/60 ring-brand-500" : "ring-zinc-300 hover:bg-zinc-50",
            )}
          >
            <input type="radio" name="import-mode" value={option.value} checked={mode === option.value} onChange={() => onChange(option.value)} className="mt-0.5 accent-brand-600 focus-visible:outline-none" />
            <span>
              <span className="block text-sm font-medium text-zinc-900">{option.label}</span>
              <span className="block text-xs text-zinc-500">{option.description}</span>
            </span>
          </label>
        ))}
      </div>
      {mode === "replace" ? (
        <Alert tone="warning" title="This deletes your current knowledge base">
          Importing in this mode removes {entries} and cannot be undone. Export a copy first if you may need them again.
        </Alert>
      ) : null}
    </fieldset>
  );
}

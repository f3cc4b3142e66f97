"use client";
// Draft approval: when the bot's answer waits for an agent to approve, edit or reject it instead of
// going straight to the visitor. Rendered inside the settings form's "Draft approval" section.
import { useId } from "react";
import { Label, TextField } from "@/components/ui/field";
import { REASON_CODES } from "../api-types";
import { REASON_LABELS } from "../triggers/rule-fields";
import type { SettingsValues } from "./settings-fields";

// Where the slider starts when confidence-based approval is turned on: a little above the bot's own
// default threshold (0.17), so answers it is barely sure of are checked first.
const DEFAULT_BELOW = 0.5;

export interface DraftApprovalFieldsProps {
  values: Pick<SettingsValues, "draftApprovalReasons" | "draftApprovalTags" | "draftApprovalBelow">;
  set: <K extends "draftApprovalReasons" | "draftApprovalTags" | "draftApprovalBelow">(key: K, value: SettingsValues[K]) => void;
}

export function DraftApprovalFields({ values, set }: DraftApprovalFieldsProps) {
  const belowId = useId();
  const sliderId = useId();
  const reasons = values.draftApprovalReasons;
  const below = values.draftApprovalBelow;
  return (
    <>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium text-zinc-800">Hold the answer when the conversation was flagged for</legend>
        <p className="mb-2 text-sm text-zinc-500">The handoff reasons that make an agent check the bot&apos;s answer before the visitor sees it.</p>
        <div className="grid gap-x-4 gap-y-1.5 sm:grid-cols-2">
          {REASON_CODES.map((code) => (
            <label key={code} className="flex items-center gap-2 text-sm text-zinc-700">
              <input
                type="checkbox"
                checked={reasons.includes(code)}
                onChange={(e) => set("draftApprovalReasons", e.target.checked ? [...reasons, code] : reasons.filter((item) => item !== code))}
                className="size-4 rounded border-zinc-300 accent-brand-600"
              />
              {REASON_LABELS[code]}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        label="Or when the answer uses knowledge tagged"
        value={values.draftApprovalTags}
        onChange={(e) => set("draftApprovalTags", e.target.value)}
        placeholder="refunds, legal"
        hint="Knowledge base tags, separated by commas."
      />
      <div className="space-y-1.5">
        <div className="flex items-start gap-3">
          <input
            id={belowId}
            type="checkbox"
            checked={below !== null}
            onChange={(e) => set("draftApprovalBelow", e.target.checked ? DEFAULT_BELOW : null)}
            className="mt-0.5 size-4 rounded border-zinc-300 accent-brand-600"
          />
          <Label htmlFor={belowId}>Or when the bot is less sure than</Label>
          {below !== null ? (
            <output htmlFor={sliderId} className="ml-auto text-sm font-medium tabular-nums text-zinc-900">
              {Math.round(below * 100)}%
            </output>
          ) : null}
        </div>
        {below !== null ? (
          <input
            id={sliderId}
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={below}
            onChange={(e) => set("draftApprovalBelow", Number(e.target.value))}
            aria-label="Hold answers below this confidence"
            className="h-10 w-full accent-brand-600"
          />
        ) : null}
        <p className="text-sm text-zinc-500">{below === null ? "Off: confidence alone never holds an answer." : "Answers under this confidence wait for an agent."}</p>
      </div>
    </>
  );
}

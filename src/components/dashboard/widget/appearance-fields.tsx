"use client";
import { useId } from "react";
import { cx } from "@/components/ui/cx";
import { contrastText } from "@/widget/shared/color";
import { Input, Label, TextField } from "@/components/ui/field";
import { CheckIcon } from "@/components/ui/icons";
import { TextAreaField } from "../knowledge/text-area-field";
import { isHexColor, type WidgetErrors, type WidgetValues } from "./widget-fields";

// A few starting points; any colour works and the widget picks readable text for it.
const SWATCHES = ["#0f766e", "#4f46e5", "#2563eb", "#e11d48", "#ea580c", "#18181b"];

export interface FieldsProps {
  values: WidgetValues;
  errors: WidgetErrors;
  set: <K extends keyof WidgetValues>(key: K, value: WidgetValues[K]) => void;
}

export function AppearanceFields({ values, errors, set }: FieldsProps) {
  const colorId = useId();
  const leadId = useId();
  return (
    <div className="space-y-5">
      <TextField label="Chat title" value={values.name} onChange={(e) => set("name", e.target.value)} required maxLength={100} hint="Shown at the top of the chat window." error={errors.name} />

      <div className="space-y-1.5">
        <Label htmlFor={colorId}>Colour</Label>
        <div className="flex flex-wrap items-center gap-3">
          <div className="flex items-center gap-2">
            <input
              type="color"
              value={isHexColor(values.color) ? values.color.toLowerCase() : "#0f766e"}
              onChange={(e) => set("color", e.target.value)}
              aria-label="Colour picker"
              className="h-10 w-12 cursor-pointer rounded-lg border-0 bg-white p-1 shadow-sm ring-1 ring-zinc-300 ring-inset"
            />
            <Input
              id={colorId}
              value={values.color}
              onChange={(e) => set("color", e.target.value.trim())}
              maxLength={7}
              spellCheck={false}
              aria-invalid={errors.color ? true : undefined}
              aria-describedby={`${colorId}-message`}
              className="w-28 font-mono uppercase"
            />
          </div>
          <div className="flex gap-1.5" role="group" aria-label="Suggested colours">
            {SWATCHES.map((swatch) => {
              const selected = values.color.toLowerCase() === swatch;
              return (
                <button
                  key={swatch}
                  type="button"
                  onClick={() => set("color", swatch)}
                  aria-label={`Use ${swatch}`}
                  aria-pressed={selected}
                  className="flex size-7 items-center justify-center rounded-full ring-1 ring-zinc-900/10 ring-inset"
                  style={{ background: swatch }}
                >
                  {selected ? <CheckIcon className="size-3.5" style={{ color: contrastText(swatch) }} /> : null}
                </button>
              );
            })}
          </div>
        </div>
        <p id={`${colorId}-message`} className={cx("text-sm", errors.color ? "text-red-600" : "text-zinc-500")}>
          {errors.color ?? "The launcher, the chat's header and the visitor's messages use it."}
        </p>
      </div>

      <fieldset className="space-y-1.5">
        <legend className="mb-1.5 text-sm font-medium text-zinc-800">Position</legend>
        <div className="inline-flex rounded-lg bg-zinc-100 p-1">
          {(["left", "right"] as const).map((position) => (
            <label
              key={position}
              className={cx(
                "cursor-pointer rounded-md px-4 py-1.5 text-sm font-medium has-focus-visible:ring-2 has-focus-visible:ring-brand-500",
                values.position === position ? "bg-white text-zinc-900 shadow-sm" : "text-zinc-600 hover:text-zinc-900",
              )}
            >
              <input type="radio" name="position" value={position} checked={values.position === position} onChange={() => set("position", position)} className="sr-only" />
              Bottom {position}
            </label>
          ))}
        </div>
      </fieldset>

      <TextField
        label="Launcher text"
        value={values.launcherText}
        onChange={(e) => set("launcherText", e.target.value)}
        maxLength={40}
        placeholder="Chat with us"
        hint="Next to the chat icon on the button. Leave empty for the icon alone."
        error={errors.launcherText}
      />
      <TextField
        label="Logo URL"
        type="url"
        value={values.logoUrl}
        onChange={(e) => set("logoUrl", e.target.value)}
        placeholder="https://example.com/logo.png"
        hint="A square image works best. Without one, the bot's initials are shown."
        error={errors.logoUrl}
      />
      <TextAreaField
        label="Greeting"
        value={values.greeting}
        onChange={(e) => set("greeting", e.target.value)}
        maxLength={500}
        rows={3}
        placeholder="Leave empty for the built-in greeting, translated into the visitor's language."
        hint="The first message visitors see. Leave it empty to use a greeting in each visitor's language."
        error={errors.greeting}
      />
      <div className="flex items-start gap-3">
        <input
          id={leadId}
          type="checkbox"
          checked={values.leadForm}
          onChange={(e) => set("leadForm", e.target.checked)}
          aria-describedby={`${leadId}-hint`}
          className="mt-0.5 size-4 rounded border-zinc-300 accent-brand-600"
        />
        <div>
          <Label htmlFor={leadId}>Offline message form</Label>
          <p id={`${leadId}-hint`} className="text-sm text-zinc-500">
            When a visitor asks for a person and nobody is online, ask for their name, email and message so your team can reply later.
          </p>
        </div>
      </div>
    </div>
  );
}

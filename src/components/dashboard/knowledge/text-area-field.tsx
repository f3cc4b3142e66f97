"use client";
// A multi-line field that looks and labels like ui/field.tsx's TextField (which has no textarea yet).
import { useId, type ComponentProps, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { Label } from "@/components/ui/field";

const CONTROL =
  "block w-full rounded-lg border-0 bg-white px-3 py-2 text-sm text-zinc-900 shadow-sm ring-1 ring-inset ring-zinc-300 placeholder:text-zinc-400 " +
  "focus:ring-2 focus:ring-brand-500 focus:outline-none disabled:bg-zinc-50 disabled:text-zinc-500 aria-invalid:ring-red-500";

export interface TextAreaFieldProps extends ComponentProps<"textarea"> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Shown next to the label, e.g. a character count. */
  aside?: ReactNode;
  mono?: boolean;
}

export function TextAreaField({ label, hint, error, aside, mono, id, className, ...textarea }: TextAreaFieldProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  const messageId = error ? `${fieldId}-error` : hint ? `${fieldId}-hint` : undefined;
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-2">
        <Label htmlFor={fieldId}>{label}</Label>
        {aside}
      </div>
      <textarea
        id={fieldId}
        aria-invalid={error ? true : undefined}
        aria-describedby={messageId}
        className={cx(CONTROL, mono && "font-mono text-xs leading-5", className)}
        {...textarea}
      />
      {error ? (
        <p id={messageId} className="text-sm whitespace-pre-line text-red-600">
          {error}
        </p>
      ) : hint ? (
        <p id={messageId} className="text-sm text-zinc-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

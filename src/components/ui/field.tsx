"use client";
import { useId, type ComponentProps, type ReactNode } from "react";
import { cx } from "./cx";

export function Label({ className, ...rest }: ComponentProps<"label">) {
  return <label className={cx("block text-sm font-medium text-zinc-800", className)} {...rest} />;
}

const CONTROL =
  "block rounded-lg border-0 bg-white px-3 text-sm text-zinc-900 shadow-sm ring-1 ring-inset ring-zinc-300 placeholder:text-zinc-400 " +
  "focus:ring-2 focus:ring-brand-500 focus:outline-none disabled:bg-zinc-50 disabled:text-zinc-500 aria-invalid:ring-red-500";

/** `compact` fits a control in a table row; otherwise it fills its column. */
type ControlSize = { compact?: boolean };

export function Input({ className, compact, ...rest }: ComponentProps<"input"> & ControlSize) {
  return <input className={cx(CONTROL, compact ? "h-8" : "h-10 w-full", className)} {...rest} />;
}

export function Select({ className, compact, ...rest }: ComponentProps<"select"> & ControlSize) {
  return <select className={cx(CONTROL, "pr-8", compact ? "h-8" : "h-10 w-full", className)} {...rest} />;
}

interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Shown next to the label, e.g. a "Forgot password?" link. */
  aside?: ReactNode;
  children: ReactNode;
}

function FieldShell({ id, label, hint, error, aside, children }: FieldShellProps) {
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-2">
        <Label htmlFor={id}>{label}</Label>
        {aside}
      </div>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-600">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-sm text-zinc-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type FieldProps = Omit<FieldShellProps, "id" | "children">;

function describedBy(id: string, { hint, error }: FieldProps) {
  if (error) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}

export function TextField({ label, hint, error, aside, id, ...input }: FieldProps & ComponentProps<"input">) {
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} error={error} aside={aside}>
      <Input id={fieldId} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fieldId, { label, hint, error })} {...input} />
    </FieldShell>
  );
}

export function SelectField({ label, hint, error, aside, id, ...select }: FieldProps & ComponentProps<"select">) {
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} error={error} aside={aside}>
      <Select id={fieldId} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fieldId, { label, hint, error })} {...select} />
    </FieldShell>
  );
}

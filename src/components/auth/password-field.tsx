"use client";
import { useId, useState, type ComponentProps, type ReactNode } from "react";
import { Input, Label } from "@/components/ui/field";

export interface PasswordFieldProps extends Omit<ComponentProps<"input">, "type"> {
  label: string;
  hint?: ReactNode;
  aside?: ReactNode;
}

/** A password input with a show/hide toggle, so people can check what they typed. */
export function PasswordField({ label, hint, aside, id, ...input }: PasswordFieldProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  const [visible, setVisible] = useState(false);
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-2">
        <Label htmlFor={fieldId}>{label}</Label>
        {aside}
      </div>
      <div className="relative">
        <Input id={fieldId} type={visible ? "text" : "password"} className="pr-16" aria-describedby={hint ? `${fieldId}-hint` : undefined} {...input} />
        <button
          type="button"
          onClick={() => setVisible((value) => !value)}
          aria-pressed={visible}
          aria-label={visible ? `Hide ${label.toLowerCase()}` : `Show ${label.toLowerCase()}`}
          className="absolute inset-y-1 right-1 rounded-md px-2 text-xs font-medium text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800"
        >
          {visible ? "Hide" : "Show"}
        </button>
      </div>
      {hint ? (
        <p id={`${fieldId}-hint`} className="text-sm text-zinc-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

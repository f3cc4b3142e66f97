"use client";
import type { ReactNode } from "react";
import type { OnboardingStepDto } from "@/features/onboarding/onboarding.schemas";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { CheckIcon } from "@/components/ui/icons";
import { STEP_COPY } from "./step-copy";

export interface StepRowProps {
  step: OnboardingStepDto;
  number: number;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}

/** One checklist step: a header that opens it, and its actions underneath. */
export function StepRow({ step, number, open, onToggle, children }: StepRowProps) {
  const copy = STEP_COPY[step.id];
  const done = step.state === "done";
  const panelId = `onboarding-step-${step.id}`;
  return (
    <li data-testid="onboarding-step" data-step={step.id} data-state={step.state}>
      <button type="button" data-testid="onboarding-step-toggle" aria-expanded={open} aria-controls={panelId} onClick={onToggle} className="flex w-full items-start gap-4 px-5 py-4 text-left hover:bg-zinc-50">
        <span
          aria-hidden="true"
          className={cx(
            "mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-medium ring-1",
            done ? "bg-emerald-500 text-white ring-emerald-500" : step.state === "skipped" ? "bg-zinc-100 text-zinc-400 ring-zinc-200" : "bg-white text-zinc-500 ring-zinc-300",
          )}
        >
          {done ? <CheckIcon className="size-3.5" /> : number}
        </span>
        <span className="min-w-0 flex-1">
          <span className={cx("flex flex-wrap items-center gap-2 text-sm font-medium", done || step.state === "skipped" ? "text-zinc-500" : "text-zinc-900")}>
            {copy.title}
            {step.optional ? <Badge>Optional</Badge> : null}
            {done ? <Badge tone="green">Done</Badge> : step.state === "skipped" ? <Badge>Skipped</Badge> : null}
          </span>
          <span className="block text-sm text-zinc-500">{step.detail && step.state !== "todo" ? step.detail : copy.description}</span>
        </span>
      </button>
      {open ? (
        <div id={panelId} className="space-y-3 px-5 pb-5 pl-15">
          {children}
        </div>
      ) : null}
    </li>
  );
}

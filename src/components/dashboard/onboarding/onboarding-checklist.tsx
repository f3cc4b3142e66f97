"use client";
import { useEffect, useState } from "react";
import type { TOnboardingStep } from "@/features/onboarding/onboarding.schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { LoadingBlock } from "@/components/ui/spinner";
import { api } from "@/lib/api-client";
import { StepActions } from "./step-actions";
import { StepRow } from "./step-row";
import { useOnboarding } from "./use-onboarding";

/**
 * The setup checklist on the dashboard home (owners and admins). Progress comes from the server;
 * it can be dismissed (and brought back from Settings) and it is not shown once everything is
 * done, unless it was finished on this visit, so the owner sees it through.
 */
export function OnboardingChecklist() {
  const onboarding = useOnboarding(true);
  const { status, busy, actionError, setDismissed } = onboarding;
  const data = status.data;
  const [openId, setOpenId] = useState<TOnboardingStep | null>(null);
  // Set on the first load: a list that was already complete stays out of the way. State, not a
  // ref: the first render with data must be followed by one that reads it.
  const [completeOnArrival, setCompleteOnArrival] = useState<boolean | null>(null);
  useEffect(() => {
    if (!data || completeOnArrival !== null) return;
    setCompleteOnArrival(data.complete);
    setOpenId(data.steps.find((step) => step.state === "todo")?.id ?? null);
  }, [data, completeOnArrival]);

  if (status.error && !data) return <Alert tone="error" className="mt-8">Could not load the setup checklist: {status.error.message}</Alert>;
  if (!data) return <LoadingBlock label="Loading your setup checklist…" />;
  if (data.dismissedAt) {
    return (
      <p className="mt-8 text-sm text-zinc-500">
        The setup checklist is hidden.{" "}
        <button type="button" className="font-medium text-brand-600 hover:text-brand-700" onClick={() => void setDismissed(false)}>
          Show it again
        </button>
      </p>
    );
  }
  if (data.complete && completeOnArrival !== false) return null;

  const createWidget = async () => {
    const inbox = await api.post<{ publicKey: string }>("/api/inboxes", { name: "Website chat" });
    status.reload();
    return inbox.publicKey;
  };
  const progress = `${data.doneCount} of ${data.total} done${data.skippedCount ? ` · ${data.skippedCount} skipped` : ""}`;
  return (
    <Card className="mt-8" aria-labelledby="onboarding-title" data-testid="onboarding-checklist">
      <CardHeader
        id="onboarding-title"
        title={data.complete ? "You're all set" : "Set up your workspace"}
        description={<span data-testid="onboarding-progress">{progress}</span>}
        actions={
          <Button variant="ghost" size="sm" onClick={() => void setDismissed(true)} loading={busy === "dismiss"}>
            {data.complete ? "Close" : "Dismiss"}
          </Button>
        }
      />
      <div className="h-1 bg-zinc-100" aria-hidden="true">
        <div className="h-1 bg-emerald-500 transition-all" style={{ width: `${((data.doneCount + data.skippedCount) / data.total) * 100}%` }} />
      </div>
      {actionError ? <Alert tone="error" className="mx-5 mt-4">{actionError}</Alert> : null}
      {status.error ? <Alert tone="warning" className="mx-5 mt-4">Could not refresh the checklist: {status.error.message}</Alert> : null}
      <ol className="divide-y divide-zinc-100">
        {data.steps.map((step, index) => (
          <StepRow key={step.id} step={step} number={index + 1} open={openId === step.id} onToggle={() => setOpenId((current) => (current === step.id ? null : step.id))}>
            <StepActions step={step} status={data} onboarding={onboarding} createWidget={createWidget} />
          </StepRow>
        ))}
      </ol>
    </Card>
  );
}

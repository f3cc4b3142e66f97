"use client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { useOnboarding } from "./use-onboarding";

/** On the Settings page: bring back the dashboard's setup checklist after it was dismissed (or hide it). */
export function ChecklistSetting() {
  const { status, busy, actionError, setDismissed } = useOnboarding(true);
  const data = status.data;
  return (
    <Card aria-labelledby="checklist-setting-title">
      <CardHeader id="checklist-setting-title" title="Setup checklist" description="The steps on the dashboard home that take a new workspace from empty to a tested handoff." />
      <CardBody className="flex flex-wrap items-center justify-between gap-3">
        {status.error ? (
          <Alert tone="error">{status.error.message}</Alert>
        ) : !data ? (
          <Spinner label="Loading…" />
        ) : (
          <>
            <p className="text-sm text-zinc-600">
              {data.doneCount} of {data.total} done{data.skippedCount ? `, ${data.skippedCount} skipped` : ""}.{" "}
              {data.dismissedAt ? "Hidden from the dashboard." : data.complete ? "Complete." : "Shown on the dashboard."}
            </p>
            <Button variant="secondary" loading={busy === "dismiss"} onClick={() => void setDismissed(!data.dismissedAt)}>
              {data.dismissedAt ? "Show the setup checklist" : "Hide the setup checklist"}
            </Button>
          </>
        )}
        {actionError ? <Alert tone="error">{actionError}</Alert> : null}
      </CardBody>
    </Card>
  );
}

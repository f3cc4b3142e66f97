// Records the test handoff's steps as they happen and sends each one live to the workspace's
// dashboards ("onboarding:step" on /agent), so the owner watches the escalation arrive.
import { publishToWorkspace } from "@/server/publish";
import type { TestHandoffStepEvent, TestHandoffStepId } from "./onboarding.schemas";

export const ONBOARDING_STEP_EVENT = "onboarding:step";

export interface StepRecorder {
  readonly steps: TestHandoffStepEvent[];
  /** The step being worked on: a failure is reported against it. */
  current: TestHandoffStepId;
  record(step: TestHandoffStepId, status: TestHandoffStepEvent["status"], detail: string, data?: Record<string, unknown>): TestHandoffStepEvent;
}

export function createStepRecorder({ organizationId, runId, now = () => Date.now() }: { organizationId: string; runId: string; now?: () => number }): StepRecorder {
  const startedAt = now();
  const steps: TestHandoffStepEvent[] = [];
  return {
    steps,
    current: "conversation",
    record(step, status, detail, data) {
      const at = now();
      const event: TestHandoffStepEvent = { runId, step, status, detail, ...(data ? { data } : {}), at: new Date(at).toISOString(), elapsedMs: at - startedAt };
      steps.push(event);
      publishToWorkspace(organizationId, ONBOARDING_STEP_EVENT, event);
      return event;
    },
  };
}

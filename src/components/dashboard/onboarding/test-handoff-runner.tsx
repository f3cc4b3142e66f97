"use client";
import Link from "next/link";
import { useState } from "react";
import { TEST_HANDOFF_STEPS, type TestHandoffResultDto, type TestHandoffStepEvent, type TestHandoffStepId } from "@/features/onboarding/onboarding.schemas";
import { useInboxSocket } from "@/components/inbox/use-inbox-socket";
import { useSocketEvent } from "@/components/inbox/use-socket-event";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api, errorMessage } from "@/lib/api-client";
import { randomId } from "./random-id";
import { TestStepItem } from "./test-step-item";

type Steps = Partial<Record<TestHandoffStepId, TestHandoffStepEvent>>;

/**
 * The "Run a test handoff" button and the steps as they arrive: live over the /agent socket
 * while the server works, then completed from the response (which carries every step).
 */
export function TestHandoffRunner({ onFinished }: { onFinished: () => void }) {
  const { socket } = useInboxSocket();
  const [runId, setRunId] = useState<string | null>(null);
  const [steps, setSteps] = useState<Steps>({});
  const [result, setResult] = useState<TestHandoffResultDto | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useSocketEvent(socket, "onboarding:step", (payload) => {
    const event = payload as TestHandoffStepEvent;
    if (event && event.runId === runId) setSteps((current) => ({ ...current, [event.step]: event }));
  });

  const start = async () => {
    const id = randomId();
    setRunId(id);
    setSteps({});
    setResult(null);
    setError(null);
    setRunning(true);
    try {
      const response = await api.post<TestHandoffResultDto>("/api/onboarding/test-handoff", { runId: id });
      setSteps(Object.fromEntries(response.steps.map((step) => [step.step, step])));
      setResult(response);
      onFinished();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setRunning(false);
    }
  };

  const started = runId !== null;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => void start()} loading={running}>
          {started ? "Run it again" : "Run a test handoff"}
        </Button>
        {result?.conversationId ? (
          <Link href={`/dashboard/inbox?view=resolved&c=${result.conversationId}`} className="text-sm font-medium text-brand-600 hover:text-brand-700">
            See it in the inbox
          </Link>
        ) : null}
      </div>
      {started ? (
        <ol className="space-y-1.5" aria-label="Test handoff steps" data-testid="test-handoff-steps">
          {TEST_HANDOFF_STEPS.map((id) => (
            <TestStepItem key={id} id={id} event={steps[id]} pending={running} />
          ))}
        </ol>
      ) : null}
      {result?.ok ? <Alert tone="success">The handoff works end to end: a visitor asking for a person reaches your team, and your answer reaches them.</Alert> : null}
      {result?.failure ? (
        <Alert tone="error" title="The test stopped">
          {result.failure.message}
        </Alert>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}

"use client";
import type { OnboardingStatusDto, OnboardingStepDto } from "@/features/onboarding/onboarding.schemas";
import { CodeBlock } from "@/components/dashboard/widget/code-block";
import { Button, ButtonLink } from "@/components/ui/button";
import { TestHandoffRunner } from "./test-handoff-runner";
import { TryBotChat } from "./try-bot-chat";
import type { useOnboarding } from "./use-onboarding";

export interface StepActionsProps {
  step: OnboardingStepDto;
  status: OnboardingStatusDto;
  onboarding: ReturnType<typeof useOnboarding>;
  createWidget: () => Promise<string>;
}

/** What the owner can do for each step, right in the checklist. */
export function StepActions({ step, status, onboarding, createWidget }: StepActionsProps) {
  const { busy, mark, addSamples } = onboarding;
  const reload = onboarding.status.reload;
  switch (step.id) {
    case "knowledge":
      return (
        <div className="flex flex-wrap gap-2">
          {step.state !== "done" ? (
            <Button onClick={() => void addSamples()} loading={busy === "samples"}>
              Add sample entries
            </Button>
          ) : null}
          <ButtonLink href="/dashboard/knowledge" variant="secondary">
            Open the knowledge base
          </ButtonLink>
        </div>
      );
    case "try_bot":
      return <TryBotChat publicKey={status.widget?.publicKey ?? null} createWidget={createWidget} onAnswered={reload} />;
    case "install_widget":
      return (
        <>
          {status.widget ? (
            <CodeBlock code={status.widget.embedSnippet} label="Paste before </body> on your website" testId="onboarding-snippet" />
          ) : (
            <Button variant="secondary" loading={busy === "widget"} onClick={() => void createWidget().then(reload)}>
              Create the website chat
            </Button>
          )}
          <p className="text-sm text-zinc-500">
            {status.widget?.allowedOrigins.length
              ? `It works on ${status.widget.allowedOrigins.join(", ")}.`
              : "It works on any website until you list yours under allowed websites."}{" "}
            The live preview above is exactly what your visitors will see.
          </p>
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/dashboard/widget" variant="secondary">
              Widget settings and allowed websites
            </ButtonLink>
            {step.state === "done" && step.marked ? (
              <Button variant="ghost" onClick={() => void mark("install_widget", "todo")} loading={busy === "mark-install_widget"}>
                Undo
              </Button>
            ) : step.state !== "done" ? (
              <Button variant="ghost" onClick={() => void mark("install_widget", "done")} loading={busy === "mark-install_widget"}>
                I&apos;ve installed it
              </Button>
            ) : null}
          </div>
        </>
      );
    case "connect_channel":
      return (
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="/dashboard/slack" variant="secondary">
            Connect Slack
          </ButtonLink>
          <ButtonLink href="/dashboard/whatsapp" variant="secondary">
            Connect WhatsApp
          </ButtonLink>
          {step.state === "skipped" ? (
            <Button variant="ghost" onClick={() => void mark("connect_channel", "todo")} loading={busy === "mark-connect_channel"}>
              Undo skip
            </Button>
          ) : step.state === "todo" ? (
            <Button variant="ghost" onClick={() => void mark("connect_channel", "skipped")} loading={busy === "mark-connect_channel"}>
              Skip for now
            </Button>
          ) : null}
        </div>
      );
    case "invite_agents":
      return (
        <ButtonLink href="/dashboard/members" variant={step.state === "done" ? "secondary" : "primary"}>
          Invite agents
        </ButtonLink>
      );
    case "test_handoff":
      return <TestHandoffRunner onFinished={reload} />;
  }
}

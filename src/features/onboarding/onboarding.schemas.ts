import { z } from "zod";

// The checklist of a new workspace, in the order the dashboard shows it.
export const ONBOARDING_STEPS = ["knowledge", "try_bot", "install_widget", "connect_channel", "invite_agents", "test_handoff"] as const;
export const ZOnboardingStep = z.enum(ONBOARDING_STEPS);
export type TOnboardingStep = z.infer<typeof ZOnboardingStep>;

/** done: the data says so, or the owner ticked it (where ticking is allowed); skipped: the owner chose not to. */
export type OnboardingStepState = "todo" | "done" | "skipped";

/** Steps the owner may tick by hand (the server cannot always see a website) or skip (they need an outside service). */
export const TICKABLE_STEPS: readonly TOnboardingStep[] = ["install_widget"];
export const SKIPPABLE_STEPS: readonly TOnboardingStep[] = ["connect_channel"];

export const ZMarkStepInput = z.object({ state: z.enum(["done", "skipped", "todo"]) });
export type TMarkStepInput = z.infer<typeof ZMarkStepInput>;

export const ZUpdateOnboardingInput = z.object({ dismissed: z.boolean() });
export type TUpdateOnboardingInput = z.infer<typeof ZUpdateOnboardingInput>;

export const ZRunTestHandoffInput = z.object({
  /** Chosen by the browser so it can match the live "onboarding:step" events before the response. */
  runId: z.uuid(),
});
export type TRunTestHandoffInput = z.infer<typeof ZRunTestHandoffInput>;

export interface OnboardingStepDto {
  id: TOnboardingStep;
  state: OnboardingStepState;
  /** Set when the owner ticked or skipped it rather than the data completing it. */
  marked: boolean;
  optional: boolean;
  /** A short fact behind the state, e.g. "3 entries" or "Slack connected". */
  detail: string | null;
}

export interface OnboardingStatusDto {
  steps: OnboardingStepDto[];
  doneCount: number;
  skippedCount: number;
  total: number;
  /** Every step is done or skipped: the checklist hides itself. */
  complete: boolean;
  dismissedAt: string | null;
  /** The first website widget, for "try the bot" and the install snippet; null until one exists. */
  widget: { inboxId: string; publicKey: string; embedSnippet: string; allowedOrigins: string[] } | null;
  lastTestHandoff: { conversationId: string; resolvedAt: string | null } | null;
}

export const TEST_HANDOFF_STEPS = ["conversation", "visitor_message", "trigger", "handoff", "routed", "delivered", "claimed", "agent_reply", "resolved"] as const;
export type TestHandoffStepId = (typeof TEST_HANDOFF_STEPS)[number];

export interface TestHandoffStepEvent {
  runId: string;
  step: TestHandoffStepId;
  status: "done" | "failed" | "skipped";
  /** What happened, in one line the owner understands. */
  detail: string;
  /** Extra facts: the brief's summary, delivery rows, the team... */
  data?: Record<string, unknown>;
  at: string;
  /** Milliseconds since the run started. */
  elapsedMs: number;
}

export interface TestHandoffResultDto {
  runId: string;
  ok: boolean;
  conversationId: string | null;
  steps: TestHandoffStepEvent[];
  /** The step that failed and why, when one did. */
  failure: { step: TestHandoffStepId; message: string } | null;
}

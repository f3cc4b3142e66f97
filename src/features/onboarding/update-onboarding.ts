import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { getOnboardingStatus } from "./get-onboarding-status";
import { markAction, setDismissedAt } from "./onboarding.repository";
import { SKIPPABLE_STEPS, TICKABLE_STEPS, type TMarkStepInput, type TOnboardingStep, type TUpdateOnboardingInput } from "./onboarding.schemas";

/** Hides the checklist from the dashboard home, or brings it back (from settings). */
export async function updateOnboarding({ actor, input }: { actor: Actor; input: TUpdateOnboardingInput }) {
  const { organizationId, userId } = actor;
  await db.$transaction(async (tx) => {
    await setDismissedAt(tx, { organizationId, at: input.dismissed ? new Date() : null });
    await recordAudit({ organizationId, actorId: userId, action: input.dismissed ? "onboarding.dismissed" : "onboarding.restored" }, tx);
  });
  return getOnboardingStatus({ organizationId });
}

/**
 * The owner ticks a step the server cannot see (the widget on a site nobody has visited yet) or
 * skips one that needs an outside service; "todo" takes it back. Other steps follow the data only.
 */
export async function markOnboardingStep({ actor, step, input }: { actor: Actor; step: TOnboardingStep; input: TMarkStepInput }) {
  const allowed = input.state === "todo" || (input.state === "done" ? TICKABLE_STEPS.includes(step) : SKIPPABLE_STEPS.includes(step));
  if (!allowed) {
    throw new AppError("VALIDATION_FAILED", input.state === "done" ? "This step completes itself once it is done" : "Only optional steps can be skipped");
  }
  await recordAudit({ organizationId: actor.organizationId, actorId: actor.userId, action: markAction(input.state), targetType: "onboarding_step", targetId: step });
  return getOnboardingStatus({ organizationId: actor.organizationId });
}

import { ZMarkStepInput, ZOnboardingStep } from "@/features/onboarding/onboarding.schemas";
import { markOnboardingStep } from "@/features/onboarding/update-onboarding";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { AppError } from "@/server/errors";
import { pathParam, readJson } from "@/server/http";

export const POST = withTenant(
  async (ctx) => {
    const step = ZOnboardingStep.safeParse(pathParam(ctx, "stepId"));
    if (!step.success) throw new AppError("NOT_FOUND", "No such onboarding step");
    return markOnboardingStep({ actor: ctx.actor, step: step.data, input: await readJson(ctx.req, ZMarkStepInput) });
  },
  { roles: MANAGER_ROLES },
);

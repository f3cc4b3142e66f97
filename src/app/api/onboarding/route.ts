import { getOnboardingStatus } from "@/features/onboarding/get-onboarding-status";
import { ZUpdateOnboardingInput } from "@/features/onboarding/onboarding.schemas";
import { updateOnboarding } from "@/features/onboarding/update-onboarding";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const GET = withTenant(async ({ actor }) => getOnboardingStatus({ organizationId: actor.organizationId }), { roles: MANAGER_ROLES });

export const PATCH = withTenant(async ({ req, actor }) => updateOnboarding({ actor, input: await readJson(req, ZUpdateOnboardingInput) }), { roles: MANAGER_ROLES });

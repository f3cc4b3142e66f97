import { ZRunTestHandoffInput } from "@/features/onboarding/onboarding.schemas";
import { runTestHandoff } from "@/features/onboarding/run-test-handoff";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

// Runs the whole escalation before answering (a few seconds at most); the steps also arrive live
// over /agent as "onboarding:step", and the answer carries all of them for a client that missed some.
export const POST = withTenant(async ({ req, actor }) => runTestHandoff({ actor, input: await readJson(req, ZRunTestHandoffInput) }), { roles: MANAGER_ROLES });

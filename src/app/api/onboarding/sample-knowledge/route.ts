import { addSampleKnowledge } from "@/features/onboarding/add-sample-knowledge";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";

export const POST = withTenant(async ({ actor }) => Response.json(await addSampleKnowledge({ actor }), { status: 201 }), { roles: MANAGER_ROLES });

import { findOnCallAgents } from "@/features/whatsapp/agent-numbers";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";

export const GET = withTenant(async ({ actor }) => findOnCallAgents({ organizationId: actor.organizationId }), { roles: MANAGER_ROLES });

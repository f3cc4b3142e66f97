import { findAuditLog } from "@/features/audit/find-audit-log";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";

export const GET = withTenant(async ({ actor }) => findAuditLog({ organizationId: actor.organizationId }), {
  roles: MANAGER_ROLES,
});

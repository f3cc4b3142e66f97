import { ZAuditLogQuery } from "@/features/audit/audit.schemas";
import { findAuditPage } from "@/features/audit/find-audit-page";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { parseQuery } from "@/server/http";

/** The paginated, filterable log behind Dashboard > Audit log (/api/workspace/audit-log is the short recent list). */
export const GET = withTenant(async ({ req, actor }) => findAuditPage({ organizationId: actor.organizationId, query: parseQuery(req, ZAuditLogQuery) }), {
  roles: MANAGER_ROLES,
});

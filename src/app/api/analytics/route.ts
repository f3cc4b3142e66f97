import { getAnalyticsReport } from "@/features/analytics/get-analytics-report";
import { resolveAnalyticsRange } from "@/features/analytics/resolve-analytics-range";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";

// Owners and admins only: the figures cover every agent's work (see README "Analytics").
export const GET = withTenant(
  async ({ req, actor }) => getAnalyticsReport(await resolveAnalyticsRange({ organizationId: actor.organizationId, params: new URL(req.url).searchParams })),
  { roles: MANAGER_ROLES },
);

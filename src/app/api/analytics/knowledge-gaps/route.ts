import { findKnowledgeGaps } from "@/features/analytics/find-knowledge-gaps";
import { resolveAnalyticsRange } from "@/features/analytics/resolve-analytics-range";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";

export const GET = withTenant(
  async ({ req, actor }) => findKnowledgeGaps(await resolveAnalyticsRange({ organizationId: actor.organizationId, params: new URL(req.url).searchParams })),
  { roles: MANAGER_ROLES },
);

import { parseAnalyticsTable } from "@/features/analytics/analytics.schemas";
import { exportAnalyticsCsv } from "@/features/analytics/export-analytics-csv";
import { resolveAnalyticsRange } from "@/features/analytics/resolve-analytics-range";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";

export const GET = withTenant(
  async ({ req, actor }) => {
    const params = new URL(req.url).searchParams;
    const table = parseAnalyticsTable(params);
    const range = await resolveAnalyticsRange({ organizationId: actor.organizationId, params });
    const body = await exportAnalyticsCsv({ range, table });
    const filename = `baton-${table}-${range.from}-to-${range.to}.csv`;
    return new Response(body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` } });
  },
  { roles: MANAGER_ROLES },
);

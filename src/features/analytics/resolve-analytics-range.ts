import { db } from "@/server/db";
import { getWorkspaceAnalyticsSettings } from "./analytics.repository";
import { parseAnalyticsQuery, type AnalyticsRange } from "./analytics.schemas";

/** Query string -> range read in the workspace's time zone (400 on a bad range). */
export async function resolveAnalyticsRange({ organizationId, params, now }: { organizationId: string; params: URLSearchParams; now?: Date }): Promise<AnalyticsRange> {
  const { timezone } = await getWorkspaceAnalyticsSettings(db, { organizationId });
  return parseAnalyticsQuery(params, { organizationId, timezone, now });
}

import { checkHealth } from "@/server/health";
import { withPublic } from "@/server/http";

export const dynamic = "force-dynamic";

export const GET = withPublic(async () => {
  const report = await checkHealth();
  return Response.json(report, { status: report.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
});

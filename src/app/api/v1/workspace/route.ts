import { getWorkspace } from "@/features/tenants/get-workspace";
import { withApiKey } from "@/server/auth-context";

/** The workspace an API key belongs to: lets an integration check that its key works. */
export const GET = withApiKey(async ({ organizationId }) => getWorkspace({ organizationId }), { scope: null });

import { revokeApiKey } from "@/features/tenants/api-keys";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam } from "@/server/http";

export const DELETE = withTenant(async (ctx) => revokeApiKey({ actor: ctx.actor, apiKeyId: pathParam(ctx, "apiKeyId") }), {
  roles: MANAGER_ROLES,
});

import { revokeInvitation } from "@/features/tenants/revoke-invitation";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam } from "@/server/http";

export const DELETE = withTenant(
  async (ctx) => revokeInvitation({ actor: ctx.actor, invitationId: pathParam(ctx, "invitationId") }),
  { roles: MANAGER_ROLES },
);

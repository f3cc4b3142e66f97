import { removeMember } from "@/features/tenants/remove-member";
import { ZUpdateMemberInput } from "@/features/tenants/tenants.schemas";
import { updateMemberRole } from "@/features/tenants/update-member-role";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam, readJson } from "@/server/http";

export const PATCH = withTenant(
  async (ctx) => {
    const { role } = await readJson(ctx.req, ZUpdateMemberInput);
    return updateMemberRole({ actor: ctx.actor, memberId: pathParam(ctx, "memberId"), role });
  },
  { roles: MANAGER_ROLES },
);

export const DELETE = withTenant(async (ctx) => removeMember({ actor: ctx.actor, memberId: pathParam(ctx, "memberId") }), {
  roles: MANAGER_ROLES,
});

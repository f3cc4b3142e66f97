import { removeMember } from "@/features/tenants/remove-member";
import { ZUpdateMemberInput } from "@/features/tenants/tenants.schemas";
import { updateMemberCapacity } from "@/features/tenants/update-member-capacity";
import { updateMemberRole } from "@/features/tenants/update-member-role";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam, readJson } from "@/server/http";

export const PATCH = withTenant(
  async (ctx) => {
    const { role, capacity } = await readJson(ctx.req, ZUpdateMemberInput);
    const memberId = pathParam(ctx, "memberId");
    // The role goes first: it is the change that can be refused (owners), and then nothing changed.
    const member = role ? await updateMemberRole({ actor: ctx.actor, memberId, role }) : undefined;
    return capacity === undefined ? member : updateMemberCapacity({ actor: ctx.actor, memberId, capacity });
  },
  { roles: MANAGER_ROLES },
);

export const DELETE = withTenant(async (ctx) => removeMember({ actor: ctx.actor, memberId: pathParam(ctx, "memberId") }), {
  roles: MANAGER_ROLES,
});

import { findInvitations } from "@/features/tenants/find-invitations";
import { inviteMember } from "@/features/tenants/invite-member";
import { ZInviteMemberInput } from "@/features/tenants/tenants.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const GET = withTenant(async ({ actor }) => findInvitations({ actor }), { roles: MANAGER_ROLES });

export const POST = withTenant(
  async ({ req, actor }) => {
    const invitation = await inviteMember({ actor, input: await readJson(req, ZInviteMemberInput) });
    return Response.json(invitation, { status: 201 });
  },
  { roles: MANAGER_ROLES },
);

import { addTeamMember } from "@/features/teams/manage-team-members";
import { ZTeamMemberInput } from "@/features/teams/teams.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam, readJson } from "@/server/http";

export const POST = withTenant(
  async (ctx) => {
    const { userId } = await readJson(ctx.req, ZTeamMemberInput);
    return Response.json(await addTeamMember({ actor: ctx.actor, teamId: pathParam(ctx, "teamId"), userId }), { status: 201 });
  },
  { roles: MANAGER_ROLES },
);

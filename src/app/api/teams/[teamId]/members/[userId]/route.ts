import { removeTeamMember } from "@/features/teams/manage-team-members";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam } from "@/server/http";

/** Answers with the team as it is now, so the dashboard can show it without another request. */
export const DELETE = withTenant(
  async (ctx) => removeTeamMember({ actor: ctx.actor, teamId: pathParam(ctx, "teamId"), userId: pathParam(ctx, "userId") }),
  { roles: MANAGER_ROLES },
);

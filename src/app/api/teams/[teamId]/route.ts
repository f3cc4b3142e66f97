import { deleteTeam, getTeam, updateTeam } from "@/features/teams/manage-teams";
import { ZTeamUpdate } from "@/features/teams/teams.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam, readJson } from "@/server/http";

export const GET = withTenant(async (ctx) => getTeam({ organizationId: ctx.actor.organizationId, teamId: pathParam(ctx, "teamId") }));

export const PATCH = withTenant(
  async (ctx) => updateTeam({ actor: ctx.actor, teamId: pathParam(ctx, "teamId"), input: await readJson(ctx.req, ZTeamUpdate) }),
  { roles: MANAGER_ROLES },
);

export const DELETE = withTenant(async (ctx) => deleteTeam({ actor: ctx.actor, teamId: pathParam(ctx, "teamId") }), { roles: MANAGER_ROLES });

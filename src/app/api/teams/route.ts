import { createTeam, findTeams } from "@/features/teams/manage-teams";
import { ZTeamInput } from "@/features/teams/teams.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const GET = withTenant(async ({ actor }) => findTeams({ organizationId: actor.organizationId }));

export const POST = withTenant(
  async ({ req, actor }) => Response.json(await createTeam({ actor, input: await readJson(req, ZTeamInput) }), { status: 201 }),
  { roles: MANAGER_ROLES },
);

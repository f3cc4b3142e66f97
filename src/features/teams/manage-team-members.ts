// Who is in a team. Only people who are members of the workspace can be added; someone from
// another workspace is "not found", exactly like an unknown id.
import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { deleteTeamMember, getTeam, getWorkspaceMember, insertTeamMember } from "./teams.repository";
import { toTeamDto } from "./teams.schemas";

export interface TeamMemberOptions {
  actor: Actor;
  teamId: string;
  userId: string;
}

export async function addTeamMember({ actor, teamId, userId }: TeamMemberOptions) {
  const { organizationId } = actor;
  return db.$transaction(async (tx) => {
    if (!(await getTeam(tx, { organizationId, teamId }))) throw notFound("Team");
    if (!(await getWorkspaceMember(tx, { organizationId, userId }))) throw notFound("Workspace member");
    await insertTeamMember(tx, { organizationId, teamId, userId });
    await recordAudit({ organizationId, actorId: actor.userId, action: "team.member_added", targetType: "team", targetId: teamId, metadata: { userId } }, tx);
    return toTeamDto((await getTeam(tx, { organizationId, teamId }))!);
  });
}

export async function removeTeamMember({ actor, teamId, userId }: TeamMemberOptions) {
  const { organizationId } = actor;
  return db.$transaction(async (tx) => {
    if (!(await getTeam(tx, { organizationId, teamId }))) throw notFound("Team");
    if (!(await deleteTeamMember(tx, { organizationId, teamId, userId }))) throw notFound("Team member");
    await recordAudit({ organizationId, actorId: actor.userId, action: "team.member_removed", targetType: "team", targetId: teamId, metadata: { userId } }, tx);
    return toTeamDto((await getTeam(tx, { organizationId, teamId }))!);
  });
}

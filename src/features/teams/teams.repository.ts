// Teams and their members. Membership rows carry organizationId too, so every query is scoped.
import type { AssignmentMode } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";

const teamSelect = (organizationId: string) =>
  ({
    id: true,
    name: true,
    description: true,
    assignmentMode: true,
    languages: true,
    members: {
      where: { organizationId },
      select: {
        // The member's presence lives on their membership of this workspace.
        user: { select: { id: true, name: true, email: true, languages: true, memberships: { where: { organizationId }, select: { status: true } } } },
      },
    },
    _count: { select: { routingRules: true } },
  }) as const;

type TeamData = { name: string; description?: string | null; assignmentMode: AssignmentMode; languages: string[] };

export function findTeams(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.team.findMany({ where: { organizationId }, select: teamSelect(organizationId), orderBy: { name: "asc" } });
}

export function getTeam(db: DbClient, { organizationId, teamId }: { organizationId: string; teamId: string }) {
  return db.team.findFirst({ where: { id: teamId, organizationId }, select: teamSelect(organizationId) });
}

export function getTeamByName(db: DbClient, { organizationId, name }: { organizationId: string; name: string }) {
  return db.team.findFirst({ where: { organizationId, name: { equals: name, mode: "insensitive" } }, select: { id: true } });
}

export function insertTeam(db: DbClient, { organizationId, data }: { organizationId: string; data: TeamData }) {
  return db.team.create({ data: { organizationId, ...data }, select: { id: true } });
}

export async function updateTeam(db: DbClient, { organizationId, teamId, data }: { organizationId: string; teamId: string; data: Partial<TeamData> }) {
  const { count } = await db.team.updateMany({ where: { id: teamId, organizationId }, data });
  return count === 1;
}

export async function deleteTeam(db: DbClient, { organizationId, teamId }: { organizationId: string; teamId: string }) {
  const { count } = await db.team.deleteMany({ where: { id: teamId, organizationId } });
  return count === 1;
}

/** The workspace membership of a user: only members of the workspace can join its teams. */
export function getWorkspaceMember(db: DbClient, { organizationId, userId }: { organizationId: string; userId: string }) {
  return db.member.findFirst({ where: { organizationId, userId }, select: { id: true, user: { select: { name: true } } } });
}

export function insertTeamMember(db: DbClient, { organizationId, teamId, userId }: { organizationId: string; teamId: string; userId: string }) {
  // Adding someone who is already in the team is not an error: the result is the same team.
  return db.teamMember.upsert({
    where: { teamId_userId: { teamId, userId } },
    create: { organizationId, teamId, userId },
    update: {},
  });
}

export async function deleteTeamMember(db: DbClient, { organizationId, teamId, userId }: { organizationId: string; teamId: string; userId: string }) {
  const { count } = await db.teamMember.deleteMany({ where: { organizationId, teamId, userId } });
  return count === 1;
}

import type { AgentStatus } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";

export async function findAgents(db: DbClient, { organizationId }: { organizationId: string }) {
  const [members, open] = await Promise.all([
    db.member.findMany({
      where: { organizationId },
      orderBy: { createdAt: "asc" },
      include: { user: { select: { id: true, name: true, email: true, languages: true, teamMemberships: { where: { organizationId }, select: { teamId: true } } } } },
    }),
    db.conversation.groupBy({ by: ["assigneeId"], where: { organizationId, status: "ASSIGNED" }, _count: { _all: true } }),
  ]);
  const openBy = new Map(open.map((row) => [row.assigneeId, row._count._all]));
  return members.map((member) => ({ member, openConversations: openBy.get(member.userId) ?? 0 }));
}

export function findTeamsWithMembers(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.team.findMany({ where: { organizationId }, orderBy: { name: "asc" }, select: { id: true, name: true, assignmentMode: true, members: { select: { userId: true } } } });
}

export async function updateAgentProfile(
  db: DbClient,
  { organizationId, userId, status, capacity, languages }: { organizationId: string; userId: string; status?: AgentStatus; capacity?: number; languages?: string[] },
) {
  if (status !== undefined || capacity !== undefined) {
    await db.member.updateMany({ where: { organizationId, userId }, data: { ...(status ? { status } : {}), ...(capacity !== undefined ? { capacity } : {}) } });
  }
  if (languages) await db.user.update({ where: { id: userId }, data: { languages } });
}

export function setAgentStatus(db: DbClient, { organizationId, userId, status, onlyIf }: { organizationId: string; userId: string; status: AgentStatus; onlyIf?: AgentStatus[] }) {
  return db.member.updateMany({ where: { organizationId, userId, ...(onlyIf ? { status: { in: onlyIf } } : {}) }, data: { status } });
}

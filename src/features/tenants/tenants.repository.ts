// Workspaces, members and settings. The only file of this slice that touches those tables;
// every query that reads workspace data is scoped by organizationId.
import type { DbClient } from "@/server/db";

const MEMBER_WITH_USER = { user: { select: { id: true, name: true, email: true, image: true } } } as const;

export function insertOrganization(db: DbClient, data: { name: string; slug: string }) {
  return db.organization.create({ data: { ...data, settings: { create: {} } } });
}

export function slugExists(db: DbClient, slug: string) {
  return db.organization.findUnique({ where: { slug }, select: { id: true } }).then(Boolean);
}

export function getOrganizationWithSettings(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.organization.findUnique({ where: { id: organizationId }, include: { settings: true } });
}

export function updateOrganizationName(db: DbClient, { organizationId, name }: { organizationId: string; name: string }) {
  return db.organization.update({ where: { id: organizationId }, data: { name } });
}

export function upsertSettings(
  db: DbClient,
  { organizationId, data }: { organizationId: string; data: Record<string, unknown> },
) {
  return db.workspaceSettings.upsert({
    where: { organizationId },
    create: { organizationId, ...data },
    update: data,
  });
}

export function insertMember(db: DbClient, data: { organizationId: string; userId: string; role: string }) {
  return db.member.create({ data });
}

export function getMembership(db: DbClient, { organizationId, userId }: { organizationId: string; userId: string }) {
  return db.member.findUnique({ where: { organizationId_userId: { organizationId, userId } } });
}

export function findMembershipsOfUser(db: DbClient, { userId }: { userId: string }) {
  return db.member.findMany({
    where: { userId },
    include: { organization: { select: { id: true, name: true, slug: true } } },
    orderBy: { createdAt: "asc" },
  });
}

export function findMembers(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.member.findMany({ where: { organizationId }, include: MEMBER_WITH_USER, orderBy: { createdAt: "asc" } });
}

export function getMember(db: DbClient, { organizationId, memberId }: { organizationId: string; memberId: string }) {
  return db.member.findFirst({ where: { id: memberId, organizationId }, include: MEMBER_WITH_USER });
}

export function countOwners(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.member.count({ where: { organizationId, role: "owner" } });
}

export function updateMemberRole(
  db: DbClient,
  { organizationId, memberId, role }: { organizationId: string; memberId: string; role: string },
) {
  return db.member.updateMany({ where: { id: memberId, organizationId }, data: { role } });
}

export function updateMemberCapacity(
  db: DbClient,
  { organizationId, memberId, capacity }: { organizationId: string; memberId: string; capacity: number },
) {
  return db.member.updateMany({ where: { id: memberId, organizationId }, data: { capacity } });
}

export function deleteMember(db: DbClient, { organizationId, memberId }: { organizationId: string; memberId: string }) {
  return db.member.deleteMany({ where: { id: memberId, organizationId } });
}

/** Remembers the workspace a session works in (the "switcher"). */
export function setSessionWorkspace(db: DbClient, { sessionId, organizationId }: { sessionId: string; organizationId: string }) {
  return db.session.update({ where: { id: sessionId }, data: { activeOrganizationId: organizationId } });
}

export function getUserEmail(db: DbClient, { userId }: { userId: string }) {
  return db.user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
}

export function getSessionIdByToken(db: DbClient, { token }: { token: string }) {
  return db.session.findUnique({ where: { token }, select: { id: true } });
}

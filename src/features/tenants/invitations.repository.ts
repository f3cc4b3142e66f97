import type { DbClient } from "@/server/db";

export function insertInvitation(
  db: DbClient,
  data: { id: string; organizationId: string; email: string | null; role: string; inviterId: string; expiresAt: Date },
) {
  return db.invitation.create({ data: { ...data, status: "pending" } });
}

export function findPendingInvitations(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.invitation.findMany({
    where: { organizationId, status: "pending", expiresAt: { gt: new Date() } },
    include: { inviter: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
}

export function getInvitation(db: DbClient, { organizationId, invitationId }: { organizationId: string; invitationId: string }) {
  return db.invitation.findFirst({ where: { id: invitationId, organizationId } });
}

/** The invitation link is the capability: it is looked up by id alone, before any tenant is known. */
export function getInvitationByLink(db: DbClient, { invitationId }: { invitationId: string }) {
  return db.invitation.findUnique({
    where: { id: invitationId },
    include: { organization: { select: { id: true, name: true } }, inviter: { select: { name: true } } },
  });
}

/** Moves a pending invitation to a final status once; returns false when someone else did first. */
export async function closeInvitation(
  db: DbClient,
  { organizationId, invitationId, status }: { organizationId: string; invitationId: string; status: "accepted" | "canceled" },
) {
  const { count } = await db.invitation.updateMany({
    where: { id: invitationId, organizationId, status: "pending" },
    data: { status },
  });
  return count === 1;
}

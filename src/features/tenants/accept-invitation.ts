import { recordAudit } from "@/features/audit/record-audit";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { closeInvitation, getInvitationByLink } from "./invitations.repository";
import { getMembership, getUserEmail, insertMember } from "./tenants.repository";
import { toRole } from "./tenants.dto";

export interface AcceptInvitationOptions {
  userId: string;
  invitationId: string;
}

/** The pending invitation, if it is still valid and addressed to this email (or to anyone). */
export async function assertInvitationUsableBy({ invitationId, email }: { invitationId: string; email: string }) {
  const invitation = await getInvitationByLink(db, { invitationId });
  if (!invitation) throw notFound("Invitation");
  if (invitation.status !== "pending" || invitation.expiresAt < new Date()) {
    throw new AppError("CONFLICT", "This invitation has expired or has already been used");
  }
  if (invitation.email && invitation.email.toLowerCase() !== email.toLowerCase()) {
    throw new AppError("FORBIDDEN", `This invitation was sent to ${invitation.email}; sign in with that address to accept it`);
  }
  return invitation;
}

/** Joins the invitation's workspace with its role. An invitation is used once. */
export async function acceptInvitation({ userId, invitationId }: AcceptInvitationOptions) {
  const user = await getUserEmail(db, { userId });
  if (!user) throw notFound("User");
  const invitation = await assertInvitationUsableBy({ invitationId, email: user.email });
  const organizationId = invitation.organizationId;
  return db.$transaction(async (tx) => {
    if (await getMembership(tx, { organizationId, userId })) {
      throw new AppError("CONFLICT", `You are already a member of ${invitation.organization.name}`);
    }
    // The conditional update is the single-use guard when two people open one link at once.
    if (!(await closeInvitation(tx, { organizationId, invitationId, status: "accepted" }))) {
      throw new AppError("CONFLICT", "This invitation has already been used");
    }
    const member = await insertMember(tx, { organizationId, userId, role: toRole(invitation.role) });
    await recordAudit({ organizationId, actorId: userId, action: "invitation.accepted", targetType: "member", targetId: member.id }, tx);
    return { organizationId, workspaceName: invitation.organization.name, role: toRole(member.role) };
  });
}

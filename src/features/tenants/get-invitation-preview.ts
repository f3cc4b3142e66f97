import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { getInvitationByLink } from "./invitations.repository";

/** What the invitation page shows before accepting: whose workspace, which role, still valid? */
export async function getInvitationPreview({ invitationId }: { invitationId: string }) {
  const invitation = await getInvitationByLink(db, { invitationId });
  if (!invitation) throw notFound("Invitation");
  return {
    workspaceName: invitation.organization.name,
    invitedBy: invitation.inviter.name,
    email: invitation.email,
    role: invitation.role,
    valid: invitation.status === "pending" && invitation.expiresAt > new Date(),
  };
}

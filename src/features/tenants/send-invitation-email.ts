import { UnrecoverableError } from "bullmq";
import { db } from "@/server/db";
import { sendEmail } from "@/server/mailer";
import { getInvitationByLink } from "./invitations.repository";
import { invitationLink } from "./invitations.dto";
import type { JobPayload } from "@/jobs/definitions";

/** Job processor: emails a pending invitation's link. */
export async function sendInvitationEmail({ organizationId, invitationId }: JobPayload<"invitation.send-email">) {
  const invitation = await getInvitationByLink(db, { invitationId });
  if (!invitation || invitation.organizationId !== organizationId || !invitation.email) {
    throw new UnrecoverableError("Invitation not found");
  }
  if (invitation.status !== "pending") return { skipped: invitation.status };
  await sendEmail({
    to: invitation.email,
    subject: `${invitation.inviter.name} invited you to ${invitation.organization.name} on Baton`,
    text: `${invitation.inviter.name} invited you to join ${invitation.organization.name} on Baton as ${invitation.role}.\n\nAccept the invitation: ${invitationLink(invitation.id)}\n\nThe link expires on ${invitation.expiresAt.toUTCString()}.`,
  });
  return { sent: true };
}

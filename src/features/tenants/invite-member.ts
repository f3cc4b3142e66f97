import { randomBytes } from "node:crypto";
import { recordAudit } from "@/features/audit/record-audit";
import { enqueue } from "@/jobs/enqueue";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Actor } from "./actor";
import { insertInvitation } from "./invitations.repository";
import { toInvitationDto, type InvitationDto } from "./invitations.dto";
import type { TInviteMemberInput } from "./tenants.schemas";

const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

export interface InviteMemberOptions {
  actor: Actor;
  input: TInviteMemberInput;
}

/** Creates an invitation link; with an email, the link is also emailed (or logged without SMTP). */
export async function inviteMember({ actor, input }: InviteMemberOptions): Promise<InvitationDto> {
  if (input.role === "admin" && actor.role !== "owner") {
    throw new AppError("FORBIDDEN", "Only an owner can invite admins");
  }
  const invitation = await db.$transaction(async (tx) => {
    const row = await insertInvitation(tx, {
      // 32 random bytes: the link alone grants membership, so it must not be guessable.
      id: randomBytes(32).toString("base64url"),
      organizationId: actor.organizationId,
      email: input.email ?? null,
      role: input.role,
      inviterId: actor.userId,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    });
    await recordAudit(
      { organizationId: actor.organizationId, actorId: actor.userId, action: "invitation.created", targetType: "invitation", targetId: row.id, metadata: { email: input.email ?? null, role: input.role } },
      tx,
    );
    return row;
  });
  if (invitation.email) {
    await enqueue(
      "invitation.send-email",
      { organizationId: actor.organizationId, invitationId: invitation.id },
      { jobId: `invitation-email-${invitation.id}` },
    );
  }
  return toInvitationDto(invitation);
}

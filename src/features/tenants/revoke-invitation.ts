import { recordAudit } from "@/features/audit/record-audit";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import type { Actor } from "./actor";
import { closeInvitation } from "./invitations.repository";

export async function revokeInvitation({ actor, invitationId }: { actor: Actor; invitationId: string }) {
  const { organizationId } = actor;
  await db.$transaction(async (tx) => {
    if (!(await closeInvitation(tx, { organizationId, invitationId, status: "canceled" }))) throw notFound("Invitation");
    await recordAudit({ organizationId, actorId: actor.userId, action: "invitation.revoked", targetType: "invitation", targetId: invitationId }, tx);
  });
}

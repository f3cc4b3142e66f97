import { db } from "@/server/db";
import type { Actor } from "./actor";
import { findPendingInvitations } from "./invitations.repository";
import { toInvitationDto } from "./invitations.dto";

export async function findInvitations({ actor }: { actor: Actor }) {
  const rows = await findPendingInvitations(db, { organizationId: actor.organizationId });
  return rows.map(toInvitationDto);
}

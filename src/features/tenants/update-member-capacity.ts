import { recordAudit } from "@/features/audit/record-audit";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import type { Actor } from "./actor";
import { getMember, updateMemberCapacity as updateCapacity } from "./tenants.repository";
import { toMemberDto } from "./tenants.dto";

/** How many conversations routing gives an agent at once; managers set it, agents see it in the inbox. */
export async function updateMemberCapacity({ actor, memberId, capacity }: { actor: Actor; memberId: string; capacity: number }) {
  const { organizationId } = actor;
  return db.$transaction(async (tx) => {
    const member = await getMember(tx, { organizationId, memberId });
    if (!member) throw notFound("Member");
    await updateCapacity(tx, { organizationId, memberId, capacity });
    await recordAudit({ organizationId, actorId: actor.userId, action: "member.capacity_changed", targetType: "member", targetId: memberId, metadata: { from: member.capacity, to: capacity } }, tx);
    return toMemberDto({ ...member, capacity });
  });
}

import { recordAudit } from "@/features/audit/record-audit";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import type { Actor } from "./actor";
import { countOwners, deleteMember, getMember } from "./tenants.repository";

export async function removeMember({ actor, memberId }: { actor: Actor; memberId: string }) {
  const { organizationId } = actor;
  await db.$transaction(async (tx) => {
    const member = await getMember(tx, { organizationId, memberId });
    if (!member) throw notFound("Member");
    if (member.role === "owner") {
      if (actor.role !== "owner") throw new AppError("FORBIDDEN", "Only an owner can remove an owner");
      if ((await countOwners(tx, { organizationId })) <= 1) {
        throw new AppError("CONFLICT", "A workspace needs at least one owner");
      }
    }
    await deleteMember(tx, { organizationId, memberId });
    await recordAudit({ organizationId, actorId: actor.userId, action: "member.removed", targetType: "member", targetId: memberId, metadata: { email: member.user.email } }, tx);
  });
}

import { recordAudit } from "@/features/audit/record-audit";
import type { Role } from "@/lib/roles";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import type { Actor } from "./actor";
import { countOwners, getMember, updateMemberRole as updateRole } from "./tenants.repository";
import { toMemberDto, toRole } from "./tenants.dto";

export interface UpdateMemberRoleOptions {
  actor: Actor;
  memberId: string;
  role: Role;
}

/** Owners manage everyone; admins manage admins and agents. A workspace always keeps an owner. */
export async function updateMemberRole({ actor, memberId, role }: UpdateMemberRoleOptions) {
  const { organizationId } = actor;
  return db.$transaction(async (tx) => {
    const member = await getMember(tx, { organizationId, memberId });
    if (!member) throw notFound("Member");
    const current = toRole(member.role);
    if ((current === "owner" || role === "owner") && actor.role !== "owner") {
      throw new AppError("FORBIDDEN", "Only an owner can change who owns the workspace");
    }
    if (current === "owner" && role !== "owner" && (await countOwners(tx, { organizationId })) <= 1) {
      throw new AppError("CONFLICT", "A workspace needs at least one owner: make someone else owner first");
    }
    await updateRole(tx, { organizationId, memberId, role });
    await recordAudit({ organizationId, actorId: actor.userId, action: "member.role_changed", targetType: "member", targetId: memberId, metadata: { from: current, to: role } }, tx);
    return toMemberDto({ ...member, role });
  });
}

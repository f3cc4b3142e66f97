import { db } from "@/server/db";
import { findMembershipsOfUser } from "./tenants.repository";
import { toRole, toWorkspaceDto } from "./tenants.dto";

/** The workspaces a user belongs to, for the switcher. */
export async function findWorkspaces({ userId, activeOrganizationId }: { userId: string; activeOrganizationId: string }) {
  const memberships = await findMembershipsOfUser(db, { userId });
  return memberships.map((membership) => ({
    ...toWorkspaceDto(membership.organization),
    role: toRole(membership.role),
    active: membership.organizationId === activeOrganizationId,
  }));
}

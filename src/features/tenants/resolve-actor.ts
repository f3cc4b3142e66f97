import { db } from "@/server/db";
import type { Actor } from "./actor";
import { findMembershipsOfUser, getMembership, setSessionWorkspace } from "./tenants.repository";
import { toRole } from "./tenants.dto";

export interface ResolveActorOptions {
  userId: string;
  sessionId: string;
  activeOrganizationId: string | null | undefined;
}

/**
 * The workspace this session acts in: the one it switched to while still a member, else the
 * user's first workspace (remembered on the session). Null when the user belongs to none.
 */
export async function resolveActor({ userId, sessionId, activeOrganizationId }: ResolveActorOptions): Promise<Actor | null> {
  if (activeOrganizationId) {
    const membership = await getMembership(db, { organizationId: activeOrganizationId, userId });
    if (membership) return { organizationId: membership.organizationId, userId, role: toRole(membership.role) };
  }
  const [first] = await findMembershipsOfUser(db, { userId });
  if (!first) return null;
  await setSessionWorkspace(db, { sessionId, organizationId: first.organizationId });
  return { organizationId: first.organizationId, userId, role: toRole(first.role) };
}

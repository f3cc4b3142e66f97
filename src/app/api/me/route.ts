import { findWorkspaces } from "@/features/tenants/find-workspaces";
import { resolveActor } from "@/features/tenants/resolve-actor";
import { withSession } from "@/server/auth-context";

/** The signed-in person, their workspaces and the active one (null when they have none yet). */
export const GET = withSession(async ({ user, sessionId, activeOrganizationId }) => {
  const actor = await resolveActor({ userId: user.id, sessionId, activeOrganizationId });
  const workspaces = actor ? await findWorkspaces({ userId: user.id, activeOrganizationId: actor.organizationId }) : [];
  return { user, role: actor?.role ?? null, activeWorkspaceId: actor?.organizationId ?? null, workspaces };
});

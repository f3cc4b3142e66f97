import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { getMembership, setSessionWorkspace } from "./tenants.repository";

export interface SwitchWorkspaceOptions {
  userId: string;
  sessionId: string;
  organizationId: string;
}

/** Makes another of the user's workspaces the active one for this session. */
export async function switchWorkspace({ userId, sessionId, organizationId }: SwitchWorkspaceOptions) {
  // Not a member and no such workspace look the same from outside: 404 either way.
  if (!(await getMembership(db, { organizationId, userId }))) throw notFound("Workspace");
  await setSessionWorkspace(db, { sessionId, organizationId });
  return { organizationId };
}

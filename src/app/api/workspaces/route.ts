import { createWorkspace } from "@/features/tenants/create-workspace";
import { switchWorkspace } from "@/features/tenants/switch-workspace";
import { ZCreateWorkspaceInput } from "@/features/tenants/tenants.schemas";
import { withSession } from "@/server/auth-context";
import { readJson } from "@/server/http";

/** Creates another workspace owned by the caller and switches to it. */
export const POST = withSession(async ({ req, user, sessionId }) => {
  const input = await readJson(req, ZCreateWorkspaceInput);
  const workspace = await createWorkspace({ userId: user.id, name: input.name });
  await switchWorkspace({ userId: user.id, sessionId, organizationId: workspace.id });
  return Response.json(workspace, { status: 201 });
});

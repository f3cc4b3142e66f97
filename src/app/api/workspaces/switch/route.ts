import { switchWorkspace } from "@/features/tenants/switch-workspace";
import { ZSwitchWorkspaceInput } from "@/features/tenants/tenants.schemas";
import { withSession } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const POST = withSession(async ({ req, user, sessionId }) => {
  const { organizationId } = await readJson(req, ZSwitchWorkspaceInput);
  return switchWorkspace({ userId: user.id, sessionId, organizationId });
});

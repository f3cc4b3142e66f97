import { getWorkspace } from "@/features/tenants/get-workspace";
import { ZUpdateWorkspaceInput } from "@/features/tenants/tenants.schemas";
import { updateWorkspace } from "@/features/tenants/update-workspace";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const GET = withTenant(async ({ actor }) => ({ ...(await getWorkspace(actor)), role: actor.role }));

export const PATCH = withTenant(
  async ({ req, actor }) => updateWorkspace({ actor, input: await readJson(req, ZUpdateWorkspaceInput) }),
  { roles: MANAGER_ROLES },
);

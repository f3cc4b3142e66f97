import { createApiKey, findApiKeys } from "@/features/tenants/api-keys";
import { ZCreateApiKeyInput } from "@/features/tenants/api-keys.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const GET = withTenant(async ({ actor }) => findApiKeys({ actor }), { roles: MANAGER_ROLES });

export const POST = withTenant(
  async ({ req, actor }) => {
    const { name, scopes } = await readJson(req, ZCreateApiKeyInput);
    return Response.json(await createApiKey({ actor, name, scopes }), { status: 201 });
  },
  { roles: MANAGER_ROLES },
);

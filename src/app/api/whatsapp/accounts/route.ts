import { createWhatsAppAccount, findWhatsAppAccounts } from "@/features/whatsapp/manage-accounts";
import { ZCreateAccountInput } from "@/features/whatsapp/whatsapp.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const GET = withTenant(async ({ actor }) => findWhatsAppAccounts({ organizationId: actor.organizationId }), { roles: MANAGER_ROLES });

export const POST = withTenant(
  async ({ req, actor }) => Response.json(await createWhatsAppAccount({ actor, input: await readJson(req, ZCreateAccountInput) }), { status: 201 }),
  { roles: MANAGER_ROLES },
);

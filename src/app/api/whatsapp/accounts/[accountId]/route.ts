import { deleteWhatsAppAccount, updateWhatsAppAccount } from "@/features/whatsapp/manage-accounts";
import { ZUpdateAccountInput } from "@/features/whatsapp/whatsapp.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam, readJson } from "@/server/http";

export const PATCH = withTenant(
  async (ctx) => updateWhatsAppAccount({ actor: ctx.actor, accountId: pathParam(ctx, "accountId"), input: await readJson(ctx.req, ZUpdateAccountInput) }),
  { roles: MANAGER_ROLES },
);

export const DELETE = withTenant(async (ctx) => deleteWhatsAppAccount({ actor: ctx.actor, accountId: pathParam(ctx, "accountId") }), { roles: MANAGER_ROLES });

import { deleteWebhookEndpoint, updateWebhookEndpoint } from "@/features/webhooks/manage-webhook-endpoints";
import { ZUpdateWebhookInput } from "@/features/webhooks/webhooks.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam, readJson } from "@/server/http";

export const PATCH = withTenant(
  async (ctx) => updateWebhookEndpoint({ actor: ctx.actor, endpointId: pathParam(ctx, "endpointId"), input: await readJson(ctx.req, ZUpdateWebhookInput) }),
  { roles: MANAGER_ROLES },
);

export const DELETE = withTenant(async (ctx) => deleteWebhookEndpoint({ actor: ctx.actor, endpointId: pathParam(ctx, "endpointId") }), { roles: MANAGER_ROLES });

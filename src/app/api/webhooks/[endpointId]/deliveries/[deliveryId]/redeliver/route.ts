import { redeliverWebhook } from "@/features/webhooks/redeliver-webhook";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam } from "@/server/http";

export const POST = withTenant(
  async (ctx) =>
    Response.json(await redeliverWebhook({ actor: ctx.actor, endpointId: pathParam(ctx, "endpointId"), deliveryId: pathParam(ctx, "deliveryId") }), { status: 202 }),
  { roles: MANAGER_ROLES },
);

import { findWebhookDeliveries } from "@/features/webhooks/find-webhook-deliveries";
import { ZDeliveryListQuery } from "@/features/webhooks/webhooks.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { parseQuery, pathParam } from "@/server/http";

export const GET = withTenant(
  async (ctx) => findWebhookDeliveries({ organizationId: ctx.actor.organizationId, endpointId: pathParam(ctx, "endpointId"), ...parseQuery(ctx.req, ZDeliveryListQuery) }),
  { roles: MANAGER_ROLES },
);

import { sendTestWebhook } from "@/features/webhooks/send-test-webhook";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam } from "@/server/http";

export const POST = withTenant(
  async (ctx) => Response.json(await sendTestWebhook({ actor: ctx.actor, endpointId: pathParam(ctx, "endpointId") }), { status: 202 }),
  { roles: MANAGER_ROLES },
);

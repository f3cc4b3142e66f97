import { createWebhookEndpoint, findWebhookEndpoints } from "@/features/webhooks/manage-webhook-endpoints";
import { ZCreateWebhookInput } from "@/features/webhooks/webhooks.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const GET = withTenant(async ({ actor }) => findWebhookEndpoints({ organizationId: actor.organizationId }), { roles: MANAGER_ROLES });

/** The answer carries the signing secret: the only time it is shown. */
export const POST = withTenant(
  async ({ req, actor }) => Response.json(await createWebhookEndpoint({ actor, input: await readJson(req, ZCreateWebhookInput) }), { status: 201 }),
  { roles: MANAGER_ROLES },
);

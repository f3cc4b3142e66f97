import { createRoutingRule, listRoutingRules } from "@/features/routing/manage-routing-rules";
import { ZRoutingRuleInput } from "@/features/routing/routing.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const GET = withTenant(async ({ actor }) => listRoutingRules({ organizationId: actor.organizationId }));

export const POST = withTenant(
  async ({ req, actor }) => Response.json(await createRoutingRule({ actor, input: await readJson(req, ZRoutingRuleInput) }), { status: 201 }),
  { roles: MANAGER_ROLES },
);

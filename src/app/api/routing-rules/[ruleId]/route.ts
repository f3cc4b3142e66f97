import { deleteRoutingRule, updateRoutingRule } from "@/features/routing/manage-routing-rules";
import { ZRoutingRuleUpdate } from "@/features/routing/routing.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam, readJson } from "@/server/http";

export const PATCH = withTenant(
  async (ctx) => updateRoutingRule({ actor: ctx.actor, ruleId: pathParam(ctx, "ruleId"), input: await readJson(ctx.req, ZRoutingRuleUpdate) }),
  { roles: MANAGER_ROLES },
);

export const DELETE = withTenant(async (ctx) => deleteRoutingRule({ actor: ctx.actor, ruleId: pathParam(ctx, "ruleId") }), { roles: MANAGER_ROLES });

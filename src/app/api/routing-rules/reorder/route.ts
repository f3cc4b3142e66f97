import { reorderRoutingRules } from "@/features/routing/manage-routing-rules";
import { ZRoutingRuleOrder } from "@/features/routing/routing.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const POST = withTenant(
  async ({ req, actor }) => reorderRoutingRules({ actor, ruleIds: (await readJson(req, ZRoutingRuleOrder)).ruleIds }),
  { roles: MANAGER_ROLES },
);

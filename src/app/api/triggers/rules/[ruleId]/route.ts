import { deleteRule, updateRule } from "@/features/triggers/manage-rules";
import { ZTriggerRuleDraft } from "@/features/triggers/triggers.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam, readJson } from "@/server/http";

export const PATCH = withTenant(
  async (ctx) => updateRule({ actor: ctx.actor, ruleId: pathParam(ctx, "ruleId"), changes: await readJson(ctx.req, ZTriggerRuleDraft.partial().strict(), 256 * 1024) }),
  { roles: MANAGER_ROLES },
);

export const DELETE = withTenant(async (ctx) => deleteRule({ actor: ctx.actor, ruleId: pathParam(ctx, "ruleId") }), { roles: MANAGER_ROLES });

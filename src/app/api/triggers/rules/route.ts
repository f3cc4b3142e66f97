import { createRule, listRules } from "@/features/triggers/manage-rules";
import { ZTriggerRuleDraft } from "@/features/triggers/triggers.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const GET = withTenant(async ({ actor }) => listRules({ organizationId: actor.organizationId }));

export const POST = withTenant(
  async ({ req, actor }) => Response.json(await createRule({ actor, rule: await readJson(req, ZTriggerRuleDraft, 256 * 1024) }), { status: 201 }),
  { roles: MANAGER_ROLES },
);

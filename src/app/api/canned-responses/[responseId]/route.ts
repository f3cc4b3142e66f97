import { ZCannedResponseUpdate } from "@/features/canned-responses/canned-responses.schemas";
import { deleteCannedResponse, updateCannedResponse } from "@/features/canned-responses/manage-canned-responses";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam, readJson } from "@/server/http";

export const PATCH = withTenant(
  async (ctx) => updateCannedResponse({ actor: ctx.actor, responseId: pathParam(ctx, "responseId"), input: await readJson(ctx.req, ZCannedResponseUpdate) }),
  { roles: MANAGER_ROLES },
);

export const DELETE = withTenant(async (ctx) => deleteCannedResponse({ actor: ctx.actor, responseId: pathParam(ctx, "responseId") }), {
  roles: MANAGER_ROLES,
});

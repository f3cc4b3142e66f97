import { ZUpdateInboxInput } from "@/features/inboxes/inboxes.schemas";
import { updateInbox } from "@/features/inboxes/manage-inboxes";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam, readJson } from "@/server/http";

export const PATCH = withTenant(
  async (ctx) => updateInbox({ actor: ctx.actor, inboxId: pathParam(ctx, "inboxId"), input: await readJson(ctx.req, ZUpdateInboxInput) }),
  { roles: MANAGER_ROLES },
);

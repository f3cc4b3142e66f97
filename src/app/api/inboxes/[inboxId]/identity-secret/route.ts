import { rotateIdentitySecret } from "@/features/inboxes/manage-inboxes";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam } from "@/server/http";

/** Creates (or replaces) the identity-verification secret; the response is the only time it is shown. */
export const POST = withTenant(async (ctx) => rotateIdentitySecret({ actor: ctx.actor, inboxId: pathParam(ctx, "inboxId") }), { roles: MANAGER_ROLES });

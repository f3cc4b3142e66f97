import { decideDraft } from "@/features/drafts/decide-draft";
import { withTenant } from "@/server/auth-context";
import { pathParam } from "@/server/http";

export const POST = withTenant(async (ctx) =>
  decideDraft({ organizationId: ctx.actor.organizationId, userId: ctx.actor.userId, draftId: pathParam(ctx, "draftId"), via: "inbox", decision: "reject" }),
);

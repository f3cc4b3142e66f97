import { decideDraft } from "@/features/drafts/decide-draft";
import { ZDraftApproveInput } from "@/features/inbox/inbox.schemas";
import { withTenant } from "@/server/auth-context";
import { pathParam, readJson } from "@/server/http";

export const POST = withTenant(async (ctx) => {
  const { text } = await readJson(ctx.req, ZDraftApproveInput);
  return decideDraft({ organizationId: ctx.actor.organizationId, userId: ctx.actor.userId, draftId: pathParam(ctx, "draftId"), via: "inbox", decision: "approve", text });
});

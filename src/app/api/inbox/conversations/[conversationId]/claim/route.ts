import { claimConversation } from "@/features/inbox/claim-conversation";
import { withTenant } from "@/server/auth-context";
import { pathParam } from "@/server/http";

export const POST = withTenant(async (ctx) =>
  claimConversation({ organizationId: ctx.actor.organizationId, userId: ctx.actor.userId, conversationId: pathParam(ctx, "conversationId"), via: "inbox" }),
);

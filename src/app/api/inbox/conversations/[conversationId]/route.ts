import { getInboxConversation } from "@/features/inbox/get-conversation-detail";
import { withTenant } from "@/server/auth-context";
import { pathParam } from "@/server/http";

export const GET = withTenant(async (ctx) => getInboxConversation({ actor: ctx.actor, conversationId: pathParam(ctx, "conversationId") }));

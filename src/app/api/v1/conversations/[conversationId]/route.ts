import { getConversationDetail } from "@/features/conversations/find-conversations";
import { withApiKey } from "@/server/auth-context";
import { pathParam } from "@/server/http";

export const GET = withApiKey(async (ctx) => getConversationDetail({ organizationId: ctx.organizationId, conversationId: pathParam(ctx, "conversationId") }), {
  scope: "conversations:read",
});

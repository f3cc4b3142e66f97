import { resolveConversation } from "@/features/inbox/resolve-conversation";
import { withTenant } from "@/server/auth-context";
import { pathParam } from "@/server/http";

export const POST = withTenant(async (ctx) => resolveConversation({ actor: ctx.actor, conversationId: pathParam(ctx, "conversationId") }));

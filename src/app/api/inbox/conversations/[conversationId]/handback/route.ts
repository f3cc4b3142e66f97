import { handBackToBot } from "@/features/inbox/hand-back-to-bot";
import { withTenant } from "@/server/auth-context";
import { pathParam } from "@/server/http";

export const POST = withTenant(async (ctx) => handBackToBot({ actor: ctx.actor, conversationId: pathParam(ctx, "conversationId") }));

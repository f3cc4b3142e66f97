import { ZReadInput } from "@/features/inbox/inbox.schemas";
import { markConversationRead } from "@/features/inbox/mark-conversation-read";
import { withTenant } from "@/server/auth-context";
import { pathParam, readJson } from "@/server/http";

export const POST = withTenant(async (ctx) =>
  markConversationRead({ actor: ctx.actor, conversationId: pathParam(ctx, "conversationId"), seq: (await readJson(ctx.req, ZReadInput)).seq }),
);

import { ZTransferInput } from "@/features/inbox/inbox.schemas";
import { transferConversation } from "@/features/inbox/transfer-conversation";
import { withTenant } from "@/server/auth-context";
import { pathParam, readJson } from "@/server/http";

export const POST = withTenant(async (ctx) =>
  transferConversation({ actor: ctx.actor, conversationId: pathParam(ctx, "conversationId"), input: await readJson(ctx.req, ZTransferInput) }),
);

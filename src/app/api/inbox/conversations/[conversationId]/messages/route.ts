import { findInboxMessagesAfter } from "@/features/inbox/get-conversation-detail";
import { ZAfterQuery, ZAgentMessageInput } from "@/features/inbox/inbox.schemas";
import { postAgentMessage } from "@/features/inbox/post-agent-message";
import { withTenant } from "@/server/auth-context";
import { parseQuery, pathParam, readJson } from "@/server/http";

export const GET = withTenant(async (ctx) =>
  findInboxMessagesAfter({ actor: ctx.actor, conversationId: pathParam(ctx, "conversationId"), afterSeq: parseQuery(ctx.req, ZAfterQuery).after }),
);

export const POST = withTenant(async (ctx) => {
  const posted = await postAgentMessage({ actor: ctx.actor, conversationId: pathParam(ctx, "conversationId"), input: await readJson(ctx.req, ZAgentMessageInput, 16 * 1024) });
  return Response.json({ message: posted.message }, { status: posted.created ? 201 : 200 });
});

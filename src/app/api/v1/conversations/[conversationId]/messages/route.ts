import { ZApiMessageInput, ZMessageListQuery } from "@/features/conversations/conversations.schemas";
import { findConversationMessages } from "@/features/conversations/find-conversations";
import { postApiMessage } from "@/features/conversations/post-api-message";
import { withApiKey } from "@/server/auth-context";
import { parseQuery, pathParam, readJson } from "@/server/http";

export const GET = withApiKey(async (ctx) =>
  findConversationMessages({ organizationId: ctx.organizationId, conversationId: pathParam(ctx, "conversationId"), ...parseQuery(ctx.req, ZMessageListQuery) }),
  { scope: "conversations:read" },
);

export const POST = withApiKey(async (ctx) => {
  const posted = await postApiMessage({ organizationId: ctx.organizationId, conversationId: pathParam(ctx, "conversationId"), input: await readJson(ctx.req, ZApiMessageInput) });
  return Response.json({ message: posted.message }, { status: posted.created ? 201 : 200 });
}, { scope: "conversations:write" });

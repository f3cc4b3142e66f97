import { ZConversationListQuery } from "@/features/conversations/conversations.schemas";
import { findConversations } from "@/features/conversations/find-conversations";
import { withApiKey } from "@/server/auth-context";
import { parseQuery } from "@/server/http";

export const GET = withApiKey(async ({ req, organizationId }) => findConversations({ organizationId, query: parseQuery(req, ZConversationListQuery) }), {
  scope: "conversations:read",
});

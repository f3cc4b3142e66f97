import { findInboxConversations } from "@/features/inbox/find-inbox-conversations";
import { ZInboxListQuery } from "@/features/inbox/inbox.schemas";
import { withTenant } from "@/server/auth-context";
import { parseQuery } from "@/server/http";

export const GET = withTenant(async (ctx) => findInboxConversations({ actor: ctx.actor, query: parseQuery(ctx.req, ZInboxListQuery) }));

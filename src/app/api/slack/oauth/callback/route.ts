import { completeSlackOAuth } from "@/features/slack/complete-slack-oauth";
import { ZOAuthCallbackQuery } from "@/features/slack/slack.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { AppError } from "@/server/errors";
import { parseQuery } from "@/server/http";

// Slack redirects the admin's browser here; the outcome is shown on the dashboard's Slack page.
export const GET = withTenant(async (ctx) => {
  const back = new URL("/dashboard/slack", ctx.req.url);
  try {
    await completeSlackOAuth({ actor: ctx.actor, ...parseQuery(ctx.req, ZOAuthCallbackQuery) });
    back.searchParams.set("connected", "1");
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    back.searchParams.set("error", error.message);
  }
  // Not Response.redirect: its headers are immutable and the wrapper adds the request id.
  return new Response(null, { status: 303, headers: { location: back.toString() } });
}, { roles: MANAGER_ROLES });

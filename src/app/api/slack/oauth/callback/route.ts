import { completeSlackOAuth } from "@/features/slack/complete-slack-oauth";
import { ZOAuthCallbackQuery } from "@/features/slack/slack.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { AppError } from "@/server/errors";
import { parseQuery } from "@/server/http";
import { PUBLIC_LIMITS } from "@/server/public-limits";
import { clientIp, consumeRateLimit } from "@/server/rate-limit";

// Slack redirects the admin's browser here; the outcome is shown on the dashboard's Slack page.
export const GET = withTenant(async (ctx) => {
  // A browser lands here once per install; more from one address is someone replaying states.
  await consumeRateLimit(PUBLIC_LIMITS.slackOAuthCallback, clientIp(ctx.req));
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

import type { Actor } from "@/features/tenants/actor";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { BOT_SCOPES, OAUTH_AUTHORIZE_URL, createOAuthState, oauthConfigured, oauthRedirectUri } from "./slack-oauth";

/** The "Add to Slack" link for this workspace, with a fresh single-use state bound to it. */
export async function startSlackOAuth({ actor }: { actor: Actor }) {
  if (!oauthConfigured()) throw new AppError("BAD_REQUEST", "This server has no Slack app configured (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_SIGNING_SECRET). Use manual mode.");
  const state = await createOAuthState({ organizationId: actor.organizationId, userId: actor.userId });
  const url = new URL(OAUTH_AUTHORIZE_URL);
  url.search = new URLSearchParams({ client_id: env.SLACK_CLIENT_ID!, scope: BOT_SCOPES.join(","), state, redirect_uri: oauthRedirectUri() }).toString();
  return { url: url.toString() };
}

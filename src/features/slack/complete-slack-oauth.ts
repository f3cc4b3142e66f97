import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { encryptSecret } from "@/server/secrets";
import { slackClient } from "./slack-client";
import { classifySlackError } from "./slack-errors";
import { upsertInstallation } from "./slack-installations.repository";
import { consumeOAuthState, oauthConfigured, oauthRedirectUri } from "./slack-oauth";

/**
 * Slack sent the admin back with a code: the state must be one this server issued, unused, to this
 * same person in this same workspace; then the code is exchanged (oauth.v2.access) for the bot token.
 */
export async function completeSlackOAuth({ actor, code, state, error }: { actor: Actor; code?: string; state: string; error?: string }) {
  if (!oauthConfigured()) throw new AppError("BAD_REQUEST", "This server has no Slack app configured");
  const owner = await consumeOAuthState(state);
  if (!owner) throw new AppError("BAD_REQUEST", "This Slack sign-in link expired or was already used. Start again from the dashboard.");
  if (owner.organizationId !== actor.organizationId || owner.userId !== actor.userId) throw new AppError("FORBIDDEN", "This Slack sign-in was started from another workspace or by someone else.");
  if (error || !code) throw new AppError("BAD_REQUEST", `Slack did not connect: ${error ?? "no code"}`);
  let access;
  try {
    access = await slackClient().oauth.v2.access({ client_id: env.SLACK_CLIENT_ID!, client_secret: env.SLACK_CLIENT_SECRET!, code, redirect_uri: oauthRedirectUri() });
  } catch (caught) {
    throw new AppError("BAD_REQUEST", `Slack refused the sign-in (${classifySlackError(caught).message}). Try again.`);
  }
  if (!access.access_token || !access.team?.id) throw new AppError("BAD_REQUEST", "Slack's answer had no bot token");
  const { access_token: _token, refresh_token: _refresh, ...withoutTokens } = access;
  const installation = await upsertInstallation(db, {
    organizationId: actor.organizationId,
    mode: "OAUTH",
    slackTeamId: access.team.id,
    slackTeamName: access.team.name ?? null,
    enterpriseId: access.enterprise?.id ?? null,
    botUserId: access.bot_user_id ?? null,
    botToken: encryptSecret(access.access_token),
    signingSecret: null,
    appToken: null,
    installation: encryptSecret(JSON.stringify(withoutTokens)),
  });
  await recordAudit({ organizationId: actor.organizationId, actorId: actor.userId, action: "slack.connected", targetType: "slack_installation", targetId: installation.id, metadata: { mode: "OAUTH", slackTeamId: access.team.id } });
  return { installationId: installation.id };
}

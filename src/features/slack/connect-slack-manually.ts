import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { encryptSecret } from "@/server/secrets";
import { slackClient } from "./slack-client";
import { classifySlackError } from "./slack-errors";
import { upsertInstallation } from "./slack-installations.repository";
import type { TManualConnectInput } from "./slack.schemas";

/**
 * Manual mode, for self-hosters with their own Slack app: the bot token is checked with auth.test
 * (which also says which Slack workspace and bot user it is) before anything is stored, encrypted.
 * An app-level token (Socket Mode) is checked by opening a connection URL with it, which Slack
 * allows only to such tokens; connecting again without one turns Socket Mode off.
 */
export async function connectSlackManually({ actor, input }: { actor: Actor; input: TManualConnectInput }) {
  let identity;
  try {
    identity = await slackClient(input.botToken).auth.test();
  } catch (error) {
    throw new AppError("VALIDATION_FAILED", `Slack did not accept this bot token (${classifySlackError(error).message})`, [{ path: "botToken", message: "Slack did not accept this token" }]);
  }
  if (!identity.team_id) throw new AppError("VALIDATION_FAILED", "Slack's answer named no workspace");
  if (input.appToken) await checkAppToken(input.appToken);
  const installation = await upsertInstallation(db, {
    organizationId: actor.organizationId,
    mode: "MANUAL",
    slackTeamId: identity.team_id,
    slackTeamName: identity.team ?? null,
    enterpriseId: identity.enterprise_id || null,
    botUserId: identity.user_id ?? null,
    botToken: encryptSecret(input.botToken),
    signingSecret: encryptSecret(input.signingSecret),
    appToken: input.appToken ? encryptSecret(input.appToken) : null,
    installation: null,
    defaultChannelId: input.defaultChannelId ?? null,
  });
  await recordAudit({ organizationId: actor.organizationId, actorId: actor.userId, action: "slack.connected", targetType: "slack_installation", targetId: installation.id, metadata: { mode: "MANUAL", slackTeamId: identity.team_id, socketMode: Boolean(input.appToken) } });
  return { installationId: installation.id };
}

async function checkAppToken(appToken: string) {
  try {
    // The URL it returns is single-use and expires unused; the worker opens its own.
    await slackClient(appToken).apps.connections.open();
  } catch (error) {
    throw new AppError("VALIDATION_FAILED", `Slack did not accept this app-level token (${classifySlackError(error).message})`, [{ path: "appToken", message: "Slack did not accept this token" }]);
  }
}

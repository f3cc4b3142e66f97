import { db } from "@/server/db";
import { env } from "@/server/env";
import { oauthConfigured, oauthRedirectUri } from "./slack-oauth";
import { findTeams, getInstallation } from "./slack-installations.repository";
import type { SlackSettingsDto } from "./slack.dto";
import { isSocketConnected } from "./socket-mode/socket-mode-status";

export async function getSlackSettings({ organizationId }: { organizationId: string }): Promise<SlackSettingsDto> {
  const [installation, teams] = await Promise.all([getInstallation(db, { organizationId }), findTeams(db, { organizationId })]);
  const channels = installation?.channels ?? [];
  const socketMode = Boolean(installation?.appToken);
  const socketConnected = installation && socketMode ? await isSocketConnected(installation.id) : false;
  return {
    installation: installation
      ? {
          id: installation.id,
          mode: installation.mode,
          slackTeamId: installation.slackTeamId,
          slackTeamName: installation.slackTeamName,
          botUserId: installation.botUserId,
          status: installation.status,
          lastError: installation.lastError,
          defaultChannelId: installation.defaultChannelId,
          defaultAlertsOnly: channels.some((channel) => channel.channelId === installation.defaultChannelId && channel.alertsOnly),
          confirmTakeover: installation.confirmTakeover,
          connectedAt: installation.createdAt.toISOString(),
          socketMode,
          socketConnected,
        }
      : null,
    // The default channel's own row only carries its alerts-only flag; it is shown as the default.
    channels: channels.filter((channel) => channel.teamId !== null || channel.channelId !== installation?.defaultChannelId).map(({ id, channelId, teamId, alertsOnly }) => ({ id, channelId, teamId, alertsOnly })),
    teams,
    requestUrls: { events: `${env.PUBLIC_URL}/api/slack/events`, interactions: `${env.PUBLIC_URL}/api/slack/interactions`, oauthRedirect: oauthRedirectUri() },
    oauthAvailable: oauthConfigured(),
  };
}

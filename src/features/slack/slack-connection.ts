// A workspace's working Slack connection and the one way calls are made through it, so every
// sender handles Slack's answers the same way (slack-errors.ts says which is which).
import { UnrecoverableError } from "bullmq";
import type { WebClient } from "@slack/web-api";
import { db } from "@/server/db";
import { decryptSecret } from "@/server/secrets";
import { markSlackAttention } from "./mark-slack-attention";
import { cachedSlackClient } from "./slack-client";
import { classifySlackError, SlackRetryLater } from "./slack-errors";
import { ChannelBusy, holdChannel, markChannelAnswered, passChannelGate, releaseParent } from "./slack-pacing";
import { getInstallation, getInstallationForTeam } from "./slack-installations.repository";

export interface SlackConnection {
  organizationId: string;
  installationId: string;
  slackTeamId: string;
  botUserId: string | null;
  defaultChannelId: string | null;
  confirmTakeover: boolean;
  channels: { channelId: string; teamId: string | null; alertsOnly: boolean }[];
  client: WebClient;
}

/** The active connection (of one Slack team when given); null when none or it needs attention. */
export async function getSlackConnection({ organizationId, slackTeamId }: { organizationId: string; slackTeamId?: string }): Promise<SlackConnection | null> {
  const installation = slackTeamId ? await getInstallationForTeam(db, { organizationId, slackTeamId }) : await getInstallation(db, { organizationId });
  if (!installation || installation.status !== "ACTIVE") return null;
  return {
    organizationId,
    installationId: installation.id,
    slackTeamId: installation.slackTeamId,
    botUserId: installation.botUserId,
    defaultChannelId: installation.defaultChannelId,
    confirmTakeover: installation.confirmTakeover,
    channels: installation.channels.map(({ channelId, teamId, alertsOnly }) => ({ channelId, teamId, alertsOnly })),
    client: cachedSlackClient(decryptSecret(installation.botToken)),
  };
}

/** The channel for a team's escalations: the team's own channel, else the default one. */
export function channelForTeam(connection: Pick<SlackConnection, "channels" | "defaultChannelId">, teamId: string | null): string | null {
  return (teamId ? connection.channels.find((channel) => channel.teamId === teamId)?.channelId : undefined) ?? connection.defaultChannelId;
}

/**
 * Makes one Web API call. With `pacedChannel` it first waits for the channel's gate (one post per
 * second); `parentId` makes it a parent message, ahead of thread posts (slack-pacing.ts), released
 * from the pending parents once Slack answered. Failures become: SlackRetryLater (429: the channel is held for Retry-After), a plain
 * Error (5xx, network: the queue backs off), or UnrecoverableError (a revoked token marks the
 * connection as needing attention; any other refusal would fail the same way again).
 */
export async function callSlack<T>(
  connection: SlackConnection,
  call: (client: WebClient) => Promise<T>,
  { pacedChannel, parentId }: { pacedChannel?: string; parentId?: string } = {},
): Promise<T> {
  if (pacedChannel) {
    try {
      await passChannelGate(connection.slackTeamId, pacedChannel, { priority: parentId ? "parent" : "thread" });
    } catch (error) {
      if (error instanceof ChannelBusy) throw new SlackRetryLater("channel busy", error.waitMs);
      throw error;
    }
  }
  const answered = async () => {
    if (!pacedChannel) return;
    await markChannelAnswered(connection.slackTeamId, pacedChannel);
    if (parentId) await releaseParent(connection.slackTeamId, pacedChannel, parentId);
  };
  try {
    const result = await call(connection.client);
    await answered();
    return result;
  } catch (error) {
    await answered();
    const failure = classifySlackError(error);
    if (failure.kind === "rate_limited") {
      if (pacedChannel) await holdChannel(connection.slackTeamId, pacedChannel, failure.retryAfterMs);
      throw new SlackRetryLater(failure.message, failure.retryAfterMs);
    }
    if (failure.kind === "revoked") {
      await markSlackAttention({ organizationId: connection.organizationId, installationId: connection.installationId, reason: `Slack refused the token (${failure.message}). Reconnect Slack.` });
      throw new UnrecoverableError(`slack: ${failure.message}`);
    }
    if (failure.kind === "rejected") throw new UnrecoverableError(`slack: ${failure.message}`);
    throw new Error(`slack: ${failure.message}`, { cause: error });
  }
}

// The channel of each team (one per team) and the alerts-only flag of each channel.
import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { getSlackSettings } from "./get-slack-settings";
import { deleteChannelRow, getChannelRow, getInstallation, getTeam, releaseTeamChannels, updateChannelRow, upsertChannel } from "./slack-installations.repository";
import type { TSlackChannelInput } from "./slack.schemas";

async function requireInstallation(organizationId: string) {
  const installation = await getInstallation(db, { organizationId });
  if (!installation) throw notFound("Slack connection");
  return installation;
}

async function requireTeam(organizationId: string, teamId: string | null | undefined) {
  if (teamId && !(await getTeam(db, { organizationId, teamId }))) throw notFound("Team");
}

export async function addSlackChannel({ actor, input }: { actor: Actor; input: TSlackChannelInput }) {
  const { organizationId } = actor;
  const installation = await requireInstallation(organizationId);
  await requireTeam(organizationId, input.teamId);
  await db.$transaction(async (tx) => {
    if (input.teamId) await releaseTeamChannels(tx, { organizationId, installationId: installation.id, teamId: input.teamId });
    await upsertChannel(tx, { organizationId, installationId: installation.id, ...input });
    await recordAudit({ organizationId, actorId: actor.userId, action: "slack.channel_added", targetType: "slack_channel", targetId: input.channelId, metadata: { teamId: input.teamId ?? null } }, tx);
  });
  return getSlackSettings({ organizationId });
}

export async function updateSlackChannel({ actor, id, input }: { actor: Actor; id: string; input: { alertsOnly?: boolean; teamId?: string | null } }) {
  const { organizationId } = actor;
  const row = await getChannelRow(db, { organizationId, id });
  if (!row) throw notFound("Slack channel");
  await requireTeam(organizationId, input.teamId);
  await db.$transaction(async (tx) => {
    if (input.teamId) await releaseTeamChannels(tx, { organizationId, installationId: row.installationId, teamId: input.teamId, exceptId: id });
    await updateChannelRow(tx, { organizationId, id, data: input });
    await recordAudit({ organizationId, actorId: actor.userId, action: "slack.channel_updated", targetType: "slack_channel", targetId: row.channelId, metadata: { fields: Object.keys(input) } }, tx);
  });
  return getSlackSettings({ organizationId });
}

export async function removeSlackChannel({ actor, id }: { actor: Actor; id: string }) {
  const { count } = await deleteChannelRow(db, { organizationId: actor.organizationId, id });
  if (count === 0) throw notFound("Slack channel");
  await recordAudit({ organizationId: actor.organizationId, actorId: actor.userId, action: "slack.channel_removed", targetType: "slack_channel", targetId: id });
  return getSlackSettings({ organizationId: actor.organizationId });
}

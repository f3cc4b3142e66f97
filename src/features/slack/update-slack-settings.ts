import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { getSlackSettings } from "./get-slack-settings";
import { getInstallation, updateInstallation, upsertChannel } from "./slack-installations.repository";
import type { TUpdateSlackSettingsInput } from "./slack.schemas";

/** The default channel (with its alerts-only flag) and whether a thread reply asks "take over?" first. */
export async function updateSlackSettings({ actor, input }: { actor: Actor; input: TUpdateSlackSettingsInput }) {
  const { organizationId } = actor;
  const installation = await getInstallation(db, { organizationId });
  if (!installation) throw notFound("Slack connection");
  await db.$transaction(async (tx) => {
    await updateInstallation(tx, { organizationId, installationId: installation.id, data: { defaultChannelId: input.defaultChannelId, confirmTakeover: input.confirmTakeover } });
    const channelId = input.defaultChannelId === undefined ? installation.defaultChannelId : input.defaultChannelId;
    if (channelId && input.defaultAlertsOnly !== undefined) {
      const existing = installation.channels.find((channel) => channel.channelId === channelId);
      await upsertChannel(tx, { organizationId, installationId: installation.id, channelId, teamId: existing?.teamId ?? null, alertsOnly: input.defaultAlertsOnly });
    }
    await recordAudit({ organizationId, actorId: actor.userId, action: "slack.settings_updated", targetType: "slack_installation", targetId: installation.id, metadata: input }, tx);
  });
  return getSlackSettings({ organizationId });
}

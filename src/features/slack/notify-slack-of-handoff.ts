// The fast path of an escalation to Slack, in three steps around requestHandoff's transaction:
// where the parent message goes is read before it (alongside the brief's reads), the delivery row
// is written in it (with the handoff, as ARCHITECTURE.md describes), and the post's job is queued
// right after the commit: Redis only, instead of one conversation.event job later (a BullMQ hop
// and a worker slot behind other events, then the same lookups). The handoff.requested event
// still reaches the Slack handler afterwards: a flag set here spares it the lookups, and without
// the flag (this step failed, the process died) it finds the same delivery row and schedules the
// post itself; the job id is deterministic and the channel slot reserved once per parent.
import type { DbClient } from "@/server/db";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { markHandoffScheduled, scheduleHandoffPost } from "./schedule-slack-jobs";
import { channelForTeam } from "./slack-connection";
import { createHandoffDelivery } from "./slack-deliveries.repository";
import { getInstallation } from "./slack-installations.repository";

export interface SlackHandoffTarget {
  slackTeamId: string;
  channelId: string;
}

/**
 * Before the transaction: the workspace's working Slack connection, if any. Started early and
 * awaited late, so it never rejects: a failed read only skips the fast path (the event posts).
 */
export async function findSlackForHandoff(organizationId: string) {
  try {
    const installation = await getInstallation(db, { organizationId });
    return installation?.status === "ACTIVE" ? installation : null;
  } catch (error) {
    logger.warn({ err: error, organizationId }, "slack: could not read the connection before a handoff");
    return null;
  }
}

/** The channel of the routed team, else the default one; null when Slack gets nothing. */
export function slackHandoffTarget(installation: Awaited<ReturnType<typeof findSlackForHandoff>>, teamId: string | null): SlackHandoffTarget | null {
  const channelId = installation ? channelForTeam(installation, teamId) : null;
  return installation && channelId ? { slackTeamId: installation.slackTeamId, channelId } : null;
}

/** In the transaction: the delivery row, claimed before any call to Slack. */
export function createSlackHandoffDelivery(tx: DbClient, { organizationId, handoffId, target }: { organizationId: string; handoffId: string; target: SlackHandoffTarget }) {
  return createHandoffDelivery(tx, { organizationId, handoffId, target: target.channelId });
}

/** After the commit: queues the parent message's job. Never throws (the handoff is committed; the event path is the fallback). */
export async function scheduleSlackHandoffPost({ organizationId, handoffId, deliveryId, target }: { organizationId: string; handoffId: string; deliveryId: string; target: SlackHandoffTarget }): Promise<void> {
  try {
    await scheduleHandoffPost({ organizationId, deliveryId, slackTeamId: target.slackTeamId, channelId: target.channelId });
    await markHandoffScheduled(handoffId);
  } catch (error) {
    logger.warn({ err: error, organizationId, handoffId }, "slack: post-commit scheduling failed; the conversation event will schedule it");
  }
}

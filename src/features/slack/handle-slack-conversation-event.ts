// Slack's reaction to what happens in a conversation (the "slack" entry of the conversation event
// handlers). It only decides and schedules; the posts run as paced jobs on the slack queue. Safe to
// run twice for one event: delivery rows are unique and job ids deterministic.
import type { ConversationEvent } from "@/features/integrations/conversation-event.schema";
import { db } from "@/server/db";
import { channelForTeam, getSlackConnection } from "./slack-connection";
import { findLatestThread, findSentParents, getDraftForSlack, getHandoffForSlack, getMessageSummary, insertPendingMessageDelivery, threadTarget, upsertHandoffDelivery } from "./slack-deliveries.repository";
import { getInstallation } from "./slack-installations.repository";
import { scheduleDraftPost, scheduleHandoffPost, scheduleParentUpdate, scheduleThreadFlush, wasHandoffScheduled } from "./schedule-slack-jobs";

export async function handleSlackConversationEvent(event: ConversationEvent): Promise<unknown> {
  const { organizationId, conversationId } = event;
  switch (event.type) {
    case "handoff.requested":
      // After hours the visitor leaves their details instead (lead capture): nobody is asked to claim.
      if (event.status !== "QUEUED") return null;
      // Usually requestHandoff already scheduled the post right after its commit (notify-slack-of-handoff.ts).
      if (await wasHandoffScheduled(event.handoffId)) return { scheduled: "after commit" };
      return notifyHandoff(organizationId, event.handoffId);
    case "handoff.escalated":
      // Still unclaimed: the ladder widens the alert to the default channel as well.
      return event.level === 1 ? notifyHandoff(organizationId, event.handoffId, { widen: true }) : refreshParents(organizationId, conversationId);
    case "conversation.claimed":
    case "conversation.resolved":
      return refreshParents(organizationId, conversationId);
    case "message.created":
      return mirrorMessage(organizationId, conversationId, event.messageId);
    case "draft.created":
      return postDraft(organizationId, event.draftId);
    default:
      return null;
  }
}

async function notifyHandoff(organizationId: string, handoffId: string, { widen = false } = {}) {
  const handoff = await getHandoffForSlack(db, { organizationId, handoffId });
  if (!handoff) return null;
  const connection = await getSlackConnection({ organizationId });
  if (!connection) {
    // Connected but broken: the delivery row says so, instead of the escalation silently not arriving.
    const installation = await getInstallation(db, { organizationId });
    if (installation?.defaultChannelId) {
      await upsertHandoffDelivery(db, { organizationId, handoffId, target: installation.defaultChannelId, status: "FAILED", lastError: installation.lastError ?? "Slack needs attention" });
    }
    return null;
  }
  const channelId = widen ? connection.defaultChannelId : channelForTeam(connection, handoff.teamId);
  // A handoff already claimed (round-robin assigns at once) is still posted, showing who has it.
  if (!channelId || handoff.status === "RESOLVED" || handoff.status === "CANCELLED") return null;
  const delivery = await upsertHandoffDelivery(db, { organizationId, handoffId, target: channelId });
  if (delivery.status !== "PENDING") return null;
  await scheduleHandoffPost({ organizationId, deliveryId: delivery.id, slackTeamId: connection.slackTeamId, channelId });
  return { scheduled: delivery.id };
}

async function refreshParents(organizationId: string, conversationId: string) {
  const parents = await findSentParents(db, { organizationId, conversationId });
  for (const parent of parents) await scheduleParentUpdate({ organizationId, deliveryId: parent.id });
  return { updates: parents.length };
}

/** A message in a conversation that has a thread goes to the thread (never one that came from Slack). */
async function mirrorMessage(organizationId: string, conversationId: string, messageId: string) {
  const thread = await findLatestThread(db, { organizationId, conversationId });
  // No thread yet: if an escalation post is on its way, its transcript will carry this message.
  if (!thread) return null;
  const message = await getMessageSummary(db, { organizationId, messageId });
  if (!message || message.source === "SLACK" || message.role === "SYSTEM") return null;
  await insertPendingMessageDelivery(db, { organizationId, messageId, target: threadTarget(thread) });
  await scheduleThreadFlush({ organizationId, thread });
  return { mirrored: messageId };
}

async function postDraft(organizationId: string, draftId: string) {
  const draft = await getDraftForSlack(db, { organizationId, draftId });
  const connection = await getSlackConnection({ organizationId });
  if (!draft || draft.status !== "PENDING" || !connection) return null;
  const thread = await findLatestThread(db, { organizationId, conversationId: draft.conversationId });
  const channelId = thread?.channelId ?? channelForTeam(connection, draft.conversation.teamId);
  if (!channelId) return null;
  await scheduleDraftPost({ organizationId, draftId, slackTeamId: thread?.slackTeamId ?? connection.slackTeamId, channelId });
  return { scheduled: draftId };
}

import { UnrecoverableError } from "bullmq";
import { markNotified } from "@/features/handoff/handoff.repository";
import { db } from "@/server/db";
import { renderParentMessage } from "./render-parent-message";
import { callSlack, getSlackConnection } from "./slack-connection";
import { getHandoffDelivery, markDeliverySent, recordDeliveryAttempt, upsertThread } from "./slack-deliveries.repository";
import { SLACK_MAX_ATTEMPTS, SlackRetryLater } from "./slack-errors";
import { scheduleParentUpdate, scheduleThreadFlush } from "./schedule-slack-jobs";

/**
 * Job "slack.post-handoff": the escalation's parent message (brief + Claim / Resolve / Open in
 * Baton). The delivery row was claimed when the job was scheduled; here it becomes SENT with the
 * message ts (the thread), or records the attempt. Then the transcript follows in the thread.
 */
export async function postHandoffToSlack({ organizationId, deliveryId }: { organizationId: string; deliveryId: string }) {
  // The connection and the message are read side by side: this job is on the escalation's path to Slack.
  const [{ delivery, message }, connection] = await Promise.all([pendingParent(organizationId, deliveryId), getSlackConnection({ organizationId })]);
  if (!delivery) throw new UnrecoverableError("handoff delivery not found");
  if (delivery.status !== "PENDING" || !message) return { skipped: delivery.status };
  if (!connection) {
    await recordDeliveryAttempt(db, { organizationId, deliveryId, lastError: "Slack needs attention: reconnect it in the dashboard", failed: true });
    return { skipped: "not connected" };
  }
  let ts: string;
  try {
    const result = await callSlack(connection, (client) => client.chat.postMessage({ channel: delivery.target, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false }), { pacedChannel: delivery.target, parentId: deliveryId });
    ts = result.ts!;
  } catch (error) {
    // Rate limited or waiting for the channel's slot: not an attempt, the worker runs it again later.
    if (error instanceof SlackRetryLater) throw error;
    const failed = error instanceof UnrecoverableError || delivery.attempts + 1 >= SLACK_MAX_ATTEMPTS;
    await recordDeliveryAttempt(db, { organizationId, deliveryId, lastError: (error as Error).message, failed });
    throw error;
  }
  const thread = await db.$transaction(async (tx) => {
    await markDeliverySent(tx, { organizationId, deliveryId, externalId: ts });
    await markNotified(tx, { handoffId: delivery.handoffId });
    return upsertThread(tx, { organizationId, conversationId: delivery.handoff.conversationId, slackTeamId: connection.slackTeamId, channelId: delivery.target, threadTs: ts });
  });
  await scheduleThreadFlush({ organizationId, thread });
  // Claimed or resolved while this was being posted: show it (the claim's own update found no ts yet).
  const now = await getHandoffDelivery(db, { organizationId, deliveryId });
  if (now && (await renderParentMessage(organizationId, now)).state !== message.state) await scheduleParentUpdate({ organizationId, deliveryId });
  return { ts };
}

/** The delivery row and, while it is still pending, the parent message to post. */
async function pendingParent(organizationId: string, deliveryId: string) {
  const delivery = await getHandoffDelivery(db, { organizationId, deliveryId });
  return { delivery, message: delivery?.status === "PENDING" ? await renderParentMessage(organizationId, delivery) : null };
}

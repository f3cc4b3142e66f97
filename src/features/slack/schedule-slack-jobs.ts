// Scheduling of Slack posts on the slack queue. A post reserves its channel's next slot (about one
// per second, slack-pacing.ts) and its job is delayed until then; deterministic job ids keep a
// retried conversation event from scheduling the same post twice.
import { enqueue } from "@/jobs/enqueue";
import { getQueue } from "@/jobs/queues";
import { getRedis, redisKey } from "@/server/redis";
import { reserveChannelSlot, reserveParentSlot } from "./slack-pacing";

// BullMQ runs jobs without a priority before prioritized ones: parent messages carry none, the
// channel's other posts this one, so a busy worker also starts a new escalation's post first.
const THREAD_PRIORITY = 10;

async function enqueueOnce(jobId: string, schedule: () => Promise<unknown>) {
  if (await getQueue("slack").getJob(jobId)) return;
  await schedule();
}

export async function scheduleHandoffPost({ organizationId, deliveryId, slackTeamId, channelId }: { organizationId: string; deliveryId: string; slackTeamId: string; channelId: string }) {
  const jobId = `slack-handoff-${deliveryId}`;
  await enqueueOnce(jobId, async () => enqueue("slack.post-handoff", { organizationId, deliveryId }, { jobId, delayMs: await reserveParentSlot(slackTeamId, channelId, deliveryId) }));
}

// Set once a handoff's parent post was scheduled right after its commit, so the conversation
// event that follows skips the same lookups. Long enough for any event job to have run.
const handoffScheduledFlag = (handoffId: string) => redisKey("slack", "handoff-scheduled", handoffId);
const HANDOFF_SCHEDULED_TTL_MS = 10 * 60_000;

export async function markHandoffScheduled(handoffId: string) {
  await getRedis().set(handoffScheduledFlag(handoffId), "1", "PX", HANDOFF_SCHEDULED_TTL_MS);
}

export async function wasHandoffScheduled(handoffId: string): Promise<boolean> {
  return (await getRedis().exists(handoffScheduledFlag(handoffId))) === 1;
}

export async function scheduleDraftPost({ organizationId, draftId, slackTeamId, channelId }: { organizationId: string; draftId: string; slackTeamId: string; channelId: string }) {
  const jobId = `slack-draft-${draftId}`;
  await enqueueOnce(jobId, async () => enqueue("slack.post-draft", { organizationId, draftId }, { jobId, delayMs: await reserveChannelSlot(slackTeamId, channelId), priority: THREAD_PRIORITY }));
}

const flushFlag = (threadId: string) => redisKey("slack", "flush-scheduled", threadId);
// Longer than any reasonable wait for a slot; if a flush job is lost, the flag expires and the
// next message schedules a new one.
const FLUSH_FLAG_TTL_MS = 120_000;

/**
 * Schedules one post of everything the thread has not seen yet. While a flush is already waiting
 * for its slot nothing more is scheduled: the waiting one will carry the new messages too, so a
 * burst of visitor messages becomes one thread post, in order.
 */
export async function scheduleThreadFlush({ organizationId, thread }: { organizationId: string; thread: { id: string; slackTeamId: string; channelId: string } }) {
  const flag = flushFlag(thread.id);
  if ((await getRedis().set(flag, "1", "PX", FLUSH_FLAG_TTL_MS, "NX")) !== "OK") return;
  try {
    const delayMs = await reserveChannelSlot(thread.slackTeamId, thread.channelId);
    await enqueue("slack.flush-thread", { organizationId, threadId: thread.id }, { jobId: `slack-flush-${thread.id}-${Date.now()}`, delayMs, priority: THREAD_PRIORITY });
  } catch (error) {
    await getRedis().del(flag);
    throw error;
  }
}

/** Called by the flush job as it starts: messages from now on need a flush of their own. */
export async function clearThreadFlush(threadId: string) {
  await getRedis().del(flushFlag(threadId));
}

/** The parent message shows the conversation's state: claimed, resolved. Not paced: chat.update is outside the per-channel post limit. */
export async function scheduleParentUpdate({ organizationId, deliveryId }: { organizationId: string; deliveryId: string }) {
  await enqueue("slack.update-parent", { organizationId, deliveryId }, { jobId: `slack-update-${deliveryId}-${Date.now()}`, priority: THREAD_PRIORITY });
}

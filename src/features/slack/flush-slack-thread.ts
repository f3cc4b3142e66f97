import { UnrecoverableError } from "bullmq";
import { db } from "@/server/db";
import { getRedis, redisKey } from "@/server/redis";
import { threadText } from "./slack-blocks";
import { callSlack, getSlackConnection } from "./slack-connection";
import { findMessagesToMirror, getThread, lastMirroredSeq, markMessagesSent, recordMessageAttempt, threadTarget } from "./slack-deliveries.repository";
import { SLACK_MAX_ATTEMPTS, SlackRetryLater } from "./slack-errors";
import { clearThreadFlush, scheduleThreadFlush } from "./schedule-slack-jobs";

// Slack's text limit is 40,000 characters; 30 messages of at most 1,500 stay well under it.
const LINES_PER_POST = 30;
// A first flush is the transcript: the last messages, and a pointer to Baton for the rest.
const TRANSCRIPT_SCAN = 1_000;
// Longer than a Slack call with its 10 s timeout plus the database writes around it.
const LOCK_MS = 30_000;

/**
 * Job "slack.flush-thread": posts everything the thread has not seen yet (the transcript first,
 * then later messages) as one post, oldest first. What was posted is recorded per message with
 * the post's ts, so the next flush starts after it: order is kept and nothing is posted twice.
 */
export async function flushSlackThread({ organizationId, threadId }: { organizationId: string; threadId: string }) {
  await clearThreadFlush(threadId);
  const thread = await getThread(db, { organizationId, threadId });
  if (!thread) throw new UnrecoverableError("slack thread not found");
  const target = threadTarget(thread);
  const connection = await getSlackConnection({ organizationId, slackTeamId: thread.slackTeamId });
  if (!connection) {
    await recordMessageAttempt(db, { organizationId, target, lastError: "Slack needs attention: reconnect it in the dashboard", failed: true, maxAttempts: SLACK_MAX_ATTEMPTS });
    return { skipped: "not connected" };
  }
  // Two flushes of one thread never overlap (a retried one and a new one): the order would break.
  const lock = redisKey("slack", "flush-lock", threadId);
  if ((await getRedis().set(lock, "1", "PX", LOCK_MS, "NX")) !== "OK") throw new SlackRetryLater("thread flush in progress", 1_500);
  try {
    const afterSeq = await lastMirroredSeq(db, { organizationId, target });
    const pending = await findMessagesToMirror(db, { organizationId, conversationId: thread.conversationId, afterSeq, take: afterSeq === 0 ? TRANSCRIPT_SCAN : LINES_PER_POST + 1 });
    const lines = afterSeq === 0 ? pending.slice(-LINES_PER_POST) : pending.slice(0, LINES_PER_POST);
    if (lines.length === 0) return { posted: 0 };
    const text = threadText(
      lines.map((message) => ({ role: message.role, source: message.source, body: message.body, author: message.author?.name ?? message.authorName ?? (message.role === "VISITOR" ? message.conversation.contact.name : null) })),
      afterSeq === 0 ? pending.length - lines.length : 0,
    );
    let ts: string;
    try {
      const result = await callSlack(connection, (client) => client.chat.postMessage({ channel: thread.channelId, thread_ts: thread.threadTs, text, unfurl_links: false, unfurl_media: false }), { pacedChannel: thread.channelId });
      ts = result.ts!;
    } catch (error) {
      // Rate limited or waiting for the channel's slot: not an attempt, the worker runs it again later.
      if (error instanceof SlackRetryLater) throw error;
      await recordMessageAttempt(db, { organizationId, target, lastError: (error as Error).message, failed: error instanceof UnrecoverableError, maxAttempts: SLACK_MAX_ATTEMPTS });
      throw error;
    }
    await markMessagesSent(db, { organizationId, target, messageIds: lines.map((message) => message.id), externalId: ts });
    if (afterSeq !== 0 && pending.length > LINES_PER_POST) await scheduleThreadFlush({ organizationId, thread });
    return { posted: lines.length, ts };
  } finally {
    await getRedis().del(lock);
  }
}

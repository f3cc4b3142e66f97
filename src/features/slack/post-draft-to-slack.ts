import { UnrecoverableError } from "bullmq";
import { db } from "@/server/db";
import { draftMessage } from "./slack-blocks";
import { callSlack, channelForTeam, getSlackConnection } from "./slack-connection";
import { findLatestThread, getDraftForSlack, upsertThread } from "./slack-deliveries.repository";

/**
 * Job "slack.post-draft": a bot answer held for approval, with Approve / Edit / Reject, in the
 * conversation's thread. A conversation still with the bot has no thread yet: the draft starts
 * one, so replies under it reach the visitor like any thread reply.
 */
export async function postDraftToSlack({ organizationId, draftId }: { organizationId: string; draftId: string }) {
  const draft = await getDraftForSlack(db, { organizationId, draftId });
  if (!draft) throw new UnrecoverableError("draft not found");
  if (draft.status !== "PENDING") return { skipped: draft.status };
  const connection = await getSlackConnection({ organizationId });
  if (!connection) return { skipped: "not connected" };
  const thread = await findLatestThread(db, { organizationId, conversationId: draft.conversationId });
  const channelId = thread?.channelId ?? channelForTeam(connection, draft.conversation.teamId);
  if (!channelId) return { skipped: "no channel" };
  const message = draftMessage({ draftId, body: draft.body });
  const result = await callSlack(
    connection,
    (client) => client.chat.postMessage({ channel: channelId, ...(thread ? { thread_ts: thread.threadTs } : {}), text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false }),
    { pacedChannel: channelId },
  );
  if (!thread) await upsertThread(db, { organizationId, conversationId: draft.conversationId, slackTeamId: connection.slackTeamId, channelId, threadTs: result.ts! });
  return { ts: result.ts };
}

import { enqueue } from "@/jobs/enqueue";
import { ACTIONS } from "./slack-blocks";
import { jobSafe } from "./receive-slack-event";
import { authenticateSlackRequest, type SignedRequest } from "./slack-request-auth";
import { ZBlockActions } from "./slack.schemas";

/**
 * POST /api/slack/interactions (buttons): the body is form-encoded with one `payload` field of JSON.
 * Verified over the raw body, then queued: Slack shows an error to the user after 3 seconds.
 */
export async function receiveSlackInteraction(request: SignedRequest): Promise<{ ok: true }> {
  let payload: unknown = null;
  try {
    payload = JSON.parse(new URLSearchParams(request.rawBody).get("payload") ?? "null");
  } catch {
    // not a payload: the signature check decides what happens to it
  }
  const teamId = (payload as { team?: { id?: unknown } } | null)?.team?.id;
  const signedBy = await authenticateSlackRequest(request, typeof teamId === "string" ? teamId : null);
  return queueSlackInteraction(payload, signedBy);
}

/** A block_actions payload, from the HTTP route or a Socket Mode envelope; one job per button. */
export async function queueSlackInteraction(payload: unknown, signedBy: string[]): Promise<{ ok: true }> {
  const parsed = ZBlockActions.safeParse(payload);
  if (!parsed.success) return { ok: true };
  const { team, user, container, channel, message, actions } = parsed.data;
  const channelId = container?.channel_id ?? channel?.id;
  const messageTs = container?.message_ts ?? message?.ts;
  if (!channelId || !messageTs) return { ok: true };
  const threadTs = container?.thread_ts ?? message?.thread_ts ?? messageTs;
  for (const action of actions) {
    // "Open in Baton" is a link: Slack opens it and reports the click, there is nothing to do.
    if (action.action_id === ACTIONS.open) continue;
    const jobId = `slack-action-${jobSafe(team.id)}-${jobSafe(user.id)}-${jobSafe(action.action_ts ?? messageTs)}-${jobSafe(action.action_id)}`;
    await enqueue(
      "slack.interaction",
      { teamId: team.id, signedBy, userId: user.id, userName: user.name ?? user.username, actionId: action.action_id, value: action.value, channelId, messageTs, threadTs },
      { jobId },
    );
  }
  return { ok: true };
}

import { decideDraft } from "@/features/drafts/decide-draft";
import { claimConversation } from "@/features/inbox/claim-conversation";
import { resolveConversation } from "@/features/inbox/resolve-conversation";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { identifySlackUser } from "./identify-slack-user";
import { postSlackReply } from "./post-slack-reply";
import { sayEphemeral } from "./process-slack-event";
import { ACTIONS, draftMessage } from "./slack-blocks";
import { callSlack, getSlackConnection } from "./slack-connection";
import { findThreadBySlackIds, getDraftForSlack } from "./slack-deliveries.repository";
import { getInstallationForTeam } from "./slack-installations.repository";
import { signedFor } from "./slack-request-auth";
import type { TSlackInteractionJob } from "./slack.schemas";
import { takeHeldReply } from "./take-over-store";

const NOT_A_MEMBER = "Your Slack email does not match a member of this Baton workspace. Ask an admin to invite that email to Baton.";

/**
 * Job "slack.interaction": a button pressed in a Baton thread. The thread names the workspace and
 * the conversation (never the button's value alone); the Slack user acts as the Baton member with
 * the same email. Claims go through the same use-case as the inbox, so the first claim wins
 * everywhere and the loser is told, privately, who has it.
 */
export async function processSlackInteraction(job: TSlackInteractionJob) {
  const thread = await findThreadBySlackIds(db, { slackTeamId: job.teamId, channelId: job.channelId, threadTs: job.threadTs });
  if (!thread) return { ignored: "not a Baton thread" };
  const { organizationId, conversationId } = thread;
  const installation = await getInstallationForTeam(db, { organizationId, slackTeamId: job.teamId });
  if (!installation || !signedFor(job.signedBy, installation)) return { ignored: "not signed for this workspace" };
  const connection = await getSlackConnection({ organizationId, slackTeamId: job.teamId });
  if (!connection) return { ignored: "not connected" };
  const person = await identifySlackUser(connection, job.userId, job.userName);
  const tell = (text: string) => sayEphemeral(connection, { channel: job.channelId, user: job.userId, thread_ts: job.threadTs, text });

  if (job.actionId === ACTIONS.edit) return tell("Reply in this thread with `edit: your answer` and it goes to the visitor instead of the bot's.");
  if (job.actionId === ACTIONS.cancelTakeOver) {
    await takeHeldReply(job.value ?? "");
    return tell("Not sent.");
  }
  if (job.actionId === ACTIONS.takeOver) {
    const held = await takeHeldReply(job.value ?? "");
    if (!held || held.slackUserId !== job.userId || held.conversationId !== conversationId) return tell("That reply is no longer waiting; write it again.");
    return postSlackReply({ organizationId, conversationId, eventId: held.eventId, ts: held.ts, text: held.text, note: false, person });
  }
  if (!person.userId) return tell(NOT_A_MEMBER);
  const userId = person.userId;
  try {
    switch (job.actionId) {
      case ACTIONS.claim:
        await claimConversation({ organizationId, conversationId, userId, via: "slack" });
        return { status: "claimed" };
      case ACTIONS.resolve:
        await resolveConversation({ actor: { organizationId, userId, role: "agent" }, conversationId });
        return { status: "resolved" };
      case ACTIONS.approve:
      case ACTIONS.reject:
        return await decideFromSlack(job, { organizationId, conversationId, userId });
      default:
        return { ignored: job.actionId };
    }
  } catch (error) {
    // ALREADY_CLAIMED names who was first; a decided draft or resolved conversation says so.
    if (error instanceof AppError && error.status < 500) {
      if (error.code === "DRAFT_DECIDED") await showDecidedDraft(job, organizationId);
      await tell(error.message);
      return { status: "refused", code: error.code };
    }
    throw error;
  }
}

async function decideFromSlack(job: TSlackInteractionJob, { organizationId, conversationId, userId }: { organizationId: string; conversationId: string; userId: string }) {
  const draft = await getDraftForSlack(db, { organizationId, draftId: job.value ?? "" });
  if (!draft || draft.conversationId !== conversationId) throw new AppError("NOT_FOUND", "That answer is not part of this conversation.");
  await decideDraft({ organizationId, draftId: draft.id, userId, via: "slack", decision: job.actionId === ACTIONS.approve ? "approve" : "reject" });
  await showDecidedDraft(job, organizationId);
  return { status: job.actionId === ACTIONS.approve ? "approved" : "rejected" };
}

/** Replaces the draft's buttons with the outcome, so nobody presses them again. */
async function showDecidedDraft(job: TSlackInteractionJob, organizationId: string) {
  const draft = await getDraftForSlack(db, { organizationId, draftId: job.value ?? "" });
  const connection = await getSlackConnection({ organizationId, slackTeamId: job.teamId });
  if (!draft || draft.status === "PENDING" || !connection) return;
  const message = draftMessage({ draftId: draft.id, body: draft.body, decided: { status: draft.status, by: draft.decidedBy?.name ?? "someone" } });
  await callSlack(connection, (client) => client.chat.update({ channel: job.channelId, ts: job.messageTs, text: message.text, blocks: message.blocks }));
}

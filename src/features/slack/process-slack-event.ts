import type { KnownBlock } from "@slack/web-api";
import { decideDraft } from "@/features/drafts/decide-draft";
import { getConversation } from "@/features/conversations/conversations.repository";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { identifySlackUser } from "./identify-slack-user";
import { markSlackAttention } from "./mark-slack-attention";
import { postSlackReply } from "./post-slack-reply";
import { takeOverPrompt } from "./slack-blocks";
import { callSlack, getSlackConnection, type SlackConnection } from "./slack-connection";
import { findPendingDraft, findThreadBySlackIds, recordInboundEvent } from "./slack-deliveries.repository";
import { findInstallationsForSlackTeam, getInstallationForTeam } from "./slack-installations.repository";
import { signedFor } from "./slack-request-auth";
import type { TSlackEventJob } from "./slack.schemas";
import { holdReply } from "./take-over-store";

const UNCLAIMED = ["BOT", "QUEUED", "LEAD_CAPTURE"];

/** Job "slack.event": one Events API event, already verified by the route. */
export async function processSlackEvent(job: TSlackEventJob) {
  const { event } = job;
  if (event.type === "app_uninstalled" || event.type === "tokens_revoked") return markTeamAttention(job, event.type === "app_uninstalled" ? "The Slack app was uninstalled." : "Slack revoked Baton's tokens.");
  if (event.type === "message") return receiveThreadMessage(job);
  return { ignored: event.type };
}

async function markTeamAttention({ teamId, signedBy }: TSlackEventJob, reason: string) {
  const installations = (await findInstallationsForSlackTeam(db, { slackTeamId: teamId })).filter((installation) => signedFor(signedBy, installation));
  for (const installation of installations) await markSlackAttention({ organizationId: installation.organizationId, installationId: installation.id, reason: `${reason} Reconnect Slack.` });
  return { attention: installations.length };
}

/**
 * A message in a channel. Only a person's reply in a thread Baton started counts: bot messages
 * (Baton's own posts included), edits, joins and other subtypes are ignored, and so is anything
 * in an alerts-only channel.
 */
async function receiveThreadMessage(job: TSlackEventJob) {
  const { event, teamId } = job;
  if (event.subtype || event.bot_id || !event.user || !event.ts || !event.channel || !event.thread_ts || event.thread_ts === event.ts || !event.text?.trim()) return { ignored: "not a person's thread reply" };
  const thread = await findThreadBySlackIds(db, { slackTeamId: teamId, channelId: event.channel, threadTs: event.thread_ts });
  if (!thread) return { ignored: "not a Baton thread" };
  const { organizationId, conversationId } = thread;
  const installation = await getInstallationForTeam(db, { organizationId, slackTeamId: teamId });
  if (!installation || !signedFor(job.signedBy, installation)) return { ignored: "not signed for this workspace" };
  if (event.user === installation.botUserId) return { ignored: "Baton's own message" };
  if (installation.channels.some((channel) => channel.channelId === event.channel && channel.alertsOnly)) return { ignored: "alerts-only channel" };

  const connection = await getSlackConnection({ organizationId, slackTeamId: teamId });
  const person = await identifySlackUser(connection, event.user);
  const text = event.text.trim();
  const ephemeral = (message: { text: string; blocks?: KnownBlock[] }) => sayEphemeral(connection, { channel: event.channel!, user: event.user!, thread_ts: event.thread_ts!, ...message });

  const edit = /^edit:\s*([\s\S]+)$/i.exec(text);
  if (edit) return approveEdited({ organizationId, conversationId, eventId: job.eventId, userId: person.userId, text: edit[1]!.trim(), ephemeral });

  const note = /^note:\s*([\s\S]+)$/i.exec(text);
  if (!note && connection?.confirmTakeover) {
    const conversation = await getConversation(db, { organizationId, conversationId });
    if (conversation && UNCLAIMED.includes(conversation.status)) {
      if (!(await recordInboundEvent(db, { externalId: `prompt-${job.eventId}` }))) return { status: "duplicate" };
      const heldId = await holdReply({ organizationId, conversationId, eventId: job.eventId, ts: event.ts, text, slackUserId: event.user });
      await ephemeral(takeOverPrompt(heldId));
      return { status: "held" };
    }
  }
  const result = await postSlackReply({ organizationId, conversationId, eventId: job.eventId, ts: event.ts, text: note ? note[1]!.trim() : text, note: Boolean(note), person });
  if (result.status === "resolved") await ephemeral({ text: "This conversation is resolved, so your reply was not sent. Reopen it in Baton first." });
  return result;
}

async function approveEdited({ organizationId, conversationId, eventId, userId, text, ephemeral }: { organizationId: string; conversationId: string; eventId: string; userId: string | null; text: string; ephemeral: (message: { text: string }) => Promise<void> }) {
  if (!(await recordInboundEvent(db, { externalId: eventId }))) return { status: "duplicate" };
  const draft = await findPendingDraft(db, { organizationId, conversationId });
  if (!draft) return ephemeral({ text: "There is no bot answer waiting for approval in this conversation." });
  if (!userId) return ephemeral({ text: "Your Slack email does not match a member of this Baton workspace, so you cannot approve answers." });
  try {
    await decideDraft({ organizationId, draftId: draft.id, userId, via: "slack", decision: "approve", text });
    return { status: "approved-edited" };
  } catch (error) {
    if (error instanceof AppError) return ephemeral({ text: error.message });
    throw error;
  }
}

/** An ephemeral answer to one person; failing to send it must not undo what was already done. */
export async function sayEphemeral(connection: SlackConnection | null, args: { channel: string; user: string; thread_ts?: string; text: string; blocks?: KnownBlock[] }) {
  if (!connection) return;
  try {
    await callSlack(connection, (client) => client.chat.postEphemeral(args as Parameters<typeof client.chat.postEphemeral>[0]));
  } catch (error) {
    logger.warn({ err: error }, "slack ephemeral message failed");
  }
}

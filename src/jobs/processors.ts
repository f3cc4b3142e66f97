// The processor of each job name. A processor gets the payload already parsed by its schema.
import type { JobName, JobPayload } from "./definitions";
import { sendInvitationEmail } from "@/features/tenants/send-invitation-email";
import { escalateHandoff } from "@/features/handoff/escalate-handoff";
import { takeMissedChat } from "@/features/handoff/bot-modes";
import { replyToVisitor } from "@/features/responder/reply-to-visitor";
import { trainKnowledgeModel } from "@/features/knowledge/train-knowledge-model";
import { flushSlackThread } from "@/features/slack/flush-slack-thread";
import { postDraftToSlack } from "@/features/slack/post-draft-to-slack";
import { postHandoffToSlack } from "@/features/slack/post-handoff-to-slack";
import { processSlackEvent } from "@/features/slack/process-slack-event";
import { processSlackInteraction } from "@/features/slack/process-slack-interaction";
import { updateSlackParent } from "@/features/slack/update-slack-parent";
import { applyStatuses } from "@/features/whatsapp/apply-statuses";
import { deliverPending } from "@/features/whatsapp/deliver-pending";
import { processInbound } from "@/features/whatsapp/process-inbound";
import { sendNotice } from "@/features/whatsapp/send-notice";
import { deliverWebhook } from "@/features/webhooks/deliver-webhook";
import { dispatchConversationEvent } from "./conversation-event-handlers";

type Processors = { [N in JobName]: (payload: JobPayload<N>) => Promise<unknown> };

export const PROCESSORS: Processors = {
  "invitation.send-email": sendInvitationEmail,
  "handoff.escalate": escalateHandoff,
  "conversation.event": dispatchConversationEvent,
  "knowledge.train": trainKnowledgeModel,
  "conversation.missed-chat": async (payload) => {
    const missed = await takeMissedChat(payload);
    return missed ? replyToVisitor(missed) : null;
  },
  "slack.post-handoff": postHandoffToSlack,
  "slack.flush-thread": flushSlackThread,
  "slack.update-parent": updateSlackParent,
  "slack.post-draft": postDraftToSlack,
  "slack.event": processSlackEvent,
  "slack.interaction": processSlackInteraction,
  "whatsapp.inbound": processInbound,
  "whatsapp.statuses": applyStatuses,
  "whatsapp.deliver": deliverPending,
  "whatsapp.notice": sendNotice,
  "webhook.deliver": deliverWebhook,
};

// The processor of each job name. A processor gets the payload already parsed by its schema.
import type { JobName, JobPayload } from "./definitions";
import { sendInvitationEmail } from "@/features/tenants/send-invitation-email";
import { escalateHandoff } from "@/features/handoff/escalate-handoff";
import { takeMissedChat } from "@/features/handoff/bot-modes";
import { replyToVisitor } from "@/features/responder/reply-to-visitor";
import { dispatchConversationEvent } from "./conversation-event-handlers";

type Processors = { [N in JobName]: (payload: JobPayload<N>) => Promise<unknown> };

export const PROCESSORS: Processors = {
  "invitation.send-email": sendInvitationEmail,
  "handoff.escalate": escalateHandoff,
  "conversation.event": dispatchConversationEvent,
  "conversation.missed-chat": async (payload) => {
    const missed = await takeMissedChat(payload);
    return missed ? replyToVisitor(missed) : null;
  },
};

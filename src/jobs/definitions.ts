// Every job Baton runs: its dotted name, the queue it goes on and the schema of its payload.
// Payloads carry ids, never tokens or message bodies; processors load what they need.
// Processors live in processors.ts so use-cases can enqueue without importing the worker side.
import { z } from "zod";
import { ZConversationEvent } from "@/features/integrations/conversation-event.schema";
import { ZDeliverJob, ZInboundJob, ZNoticeJob, ZStatusesJob } from "@/features/whatsapp/whatsapp-jobs.schemas";
import { ZDeliverWebhookJob } from "@/features/webhooks/webhooks.schemas";
import { ZFlushThreadJob, ZPostDraftJob, ZPostHandoffJob, ZSlackEventJob, ZSlackInteractionJob, ZUpdateParentJob } from "@/features/slack/slack.schemas";

export const QUEUE_NAMES = ["default", "slack", "whatsapp", "webhooks"] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

const ZTenantScoped = z.object({ organizationId: z.string().min(1) });

export const JOBS = {
  "invitation.send-email": {
    queue: "default",
    schema: ZTenantScoped.extend({ invitationId: z.string().min(1) }),
  },
  // The escalation ladder: level 1 widens the alert, level 2 gives up honestly (lead capture).
  "handoff.escalate": {
    queue: "default",
    schema: ZTenantScoped.extend({ handoffId: z.string().min(1), level: z.union([z.literal(1), z.literal(2)]) }),
  },
  // Slack, WhatsApp and webhooks react to what happened in a conversation (conversation-event-handlers.ts).
  "conversation.event": {
    queue: "default",
    schema: ZConversationEvent,
  },
  // Trains a workspace's embedded knowledge model off the visitors' path (the job id carries the
  // knowledge-base version, so one job per version).
  "knowledge.train": {
    queue: "default",
    schema: ZTenantScoped,
  },
  // Bot-when-offline inboxes: nobody answered in time, so the bot takes the conversation.
  "conversation.missed-chat": {
    queue: "default",
    schema: ZTenantScoped.extend({ conversationId: z.string().min(1) }),
  },
  // Slack: posts are paced per channel (slack queue); what Slack sends us is handled on the default
  // queue, so a reply reaching a visitor never waits behind another channel's posts.
  "slack.post-handoff": { queue: "slack", schema: ZPostHandoffJob },
  "slack.flush-thread": { queue: "slack", schema: ZFlushThreadJob },
  "slack.update-parent": { queue: "slack", schema: ZUpdateParentJob },
  "slack.post-draft": { queue: "slack", schema: ZPostDraftJob },
  "slack.event": { queue: "default", schema: ZSlackEventJob },
  "slack.interaction": { queue: "default", schema: ZSlackInteractionJob },
  // WhatsApp: what Meta sends us is handled on the default queue (in order per sender); sends go
  // on the whatsapp queue, in order per recipient, under per-number and per-recipient limits.
  "whatsapp.inbound": { queue: "default", schema: ZInboundJob },
  "whatsapp.statuses": { queue: "default", schema: ZStatusesJob },
  "whatsapp.deliver": { queue: "whatsapp", schema: ZDeliverJob },
  "whatsapp.notice": { queue: "whatsapp", schema: ZNoticeJob },
  // Outbound webhooks: one signed POST per delivery row, on their own queue so a slow receiver
  // (up to its 10 s timeout) never holds up conversation work on the default queue.
  "webhook.deliver": { queue: "webhooks", schema: ZDeliverWebhookJob },
} as const satisfies Record<string, { queue: QueueName; schema: z.ZodType }>;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]["schema"]>;

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOBS, name);
}

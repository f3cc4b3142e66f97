// Turns a conversation event into the webhook event integrators receive: a stable id (so a retried
// job and the receiver can both dedupe), the public type, and the data an integrator needs
// (ids, statuses, the contact's name and email, the brief's summary and reasons, the message text).
// Never secrets, tokens, visitor ids or identify() attributes.
import type { ConversationEvent } from "@/features/integrations/conversation-event.schema";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { getConversationForEvent, getHandoffForEvent, getMessageForEvent, getUserName } from "./webhook-events.repository";
import type { WebhookEventType } from "./webhooks.schemas";

export interface WebhookEvent {
  id: string;
  type: WebhookEventType;
  createdAt: string;
  workspaceId: string;
  data: Record<string, unknown>;
}

type Conversation = NonNullable<Awaited<ReturnType<typeof getConversationForEvent>>>;

/** The webhook type of a conversation event, or null for events webhooks do not carry. */
export function webhookTypeOf(event: ConversationEvent): WebhookEventType | null {
  switch (event.type) {
    case "handoff.requested":
      return "conversation.escalated";
    case "conversation.claimed":
    case "conversation.resolved":
    case "message.created":
      return event.type;
    default:
      return null;
  }
}

/** Null when the conversation (or what the event names) is gone, or the event is not for webhooks. */
export async function buildWebhookEvent(event: ConversationEvent): Promise<WebhookEvent | null> {
  const { organizationId, conversationId } = event;
  const conversation = await getConversationForEvent(db, { organizationId, conversationId });
  if (!conversation) return null;
  const base = { workspaceId: organizationId };
  const common = { conversation: conversationData(conversation), contact: contactData(conversation.contact) };

  switch (event.type) {
    case "handoff.requested": {
      const handoff = await getHandoffForEvent(db, { organizationId, handoffId: event.handoffId });
      if (!handoff) return null;
      const brief = (handoff.brief ?? {}) as { summary?: unknown; intent?: unknown; language?: unknown };
      const reasons = Array.isArray(handoff.reasons) ? (handoff.reasons as Array<{ code?: unknown }>).map((reason) => String(reason?.code ?? "")).filter(Boolean) : [];
      return {
        ...base,
        id: `evt_escalated_${handoff.id}`,
        type: "conversation.escalated",
        createdAt: handoff.createdAt.toISOString(),
        data: {
          ...common,
          handoff: {
            id: handoff.id,
            // QUEUED: waiting for an agent; LEAD_CAPTURE: after hours, the bot collects contact details.
            queue: event.status,
            reasons,
            summary: typeof brief.summary === "string" ? brief.summary : null,
            intent: typeof brief.intent === "string" ? brief.intent : null,
            language: typeof brief.language === "string" ? brief.language : null,
            team: handoff.team,
          },
        },
      };
    }
    case "conversation.claimed": {
      // A conversation can be claimed again after a handback: the claim time tells them apart.
      const claimedAt = conversation.assignedAt ?? new Date();
      const member = await getUserName(db, { organizationId, userId: event.userId });
      return {
        ...base,
        id: `evt_claimed_${conversationId}_${claimedAt.getTime()}`,
        type: "conversation.claimed",
        createdAt: claimedAt.toISOString(),
        data: { ...common, claimedBy: member ? { id: member.user.id, name: member.user.name } : { id: event.userId, name: null }, via: event.via },
      };
    }
    case "conversation.resolved": {
      const resolvedAt = conversation.resolvedAt ?? new Date();
      return {
        ...base,
        id: `evt_resolved_${conversationId}_${resolvedAt.getTime()}`,
        type: "conversation.resolved",
        createdAt: resolvedAt.toISOString(),
        data: { ...common, resolvedAt: resolvedAt.toISOString() },
      };
    }
    case "message.created": {
      const message = await getMessageForEvent(db, { organizationId, messageId: event.messageId });
      if (!message) return null;
      const authorName = message.author?.name ?? message.authorName;
      return {
        ...base,
        id: `evt_message_${message.id}`,
        type: "message.created",
        createdAt: message.createdAt.toISOString(),
        data: {
          ...common,
          message: {
            id: message.id,
            seq: message.seq,
            // visitor | bot | agent | note (an internal note: never shown to the visitor).
            role: message.role.toLowerCase(),
            source: message.source.toLowerCase(),
            text: message.body,
            author: authorName ? { id: message.author?.id ?? null, name: authorName } : null,
            createdAt: message.createdAt.toISOString(),
          },
        },
      };
    }
    default:
      return null;
  }
}

function conversationData(conversation: Conversation) {
  return {
    id: conversation.id,
    status: conversation.status.toLowerCase(),
    channel: conversation.inbox.channel.toLowerCase(),
    inboxId: conversation.inboxId,
    language: conversation.language,
    currentPage: conversation.currentPage,
    team: conversation.team,
    assignee: conversation.assignee,
    isTest: conversation.isTest,
    createdAt: conversation.createdAt.toISOString(),
    url: `${env.PUBLIC_URL}/dashboard/inbox?view=all&c=${encodeURIComponent(conversation.id)}`,
  };
}

function contactData(contact: Conversation["contact"]) {
  return { id: contact.id, name: contact.name, email: contact.email, externalId: contact.identityVerified ? contact.externalId : null, verified: contact.identityVerified };
}

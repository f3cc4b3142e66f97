import type { WebhookEventType } from "@/features/webhooks/webhooks.schemas";

export const EVENT_LABELS: Record<WebhookEventType, { title: string; description: string }> = {
  "conversation.escalated": { title: "Conversation escalated", description: "A visitor needs a human (with the reasons and the brief's summary)" },
  "conversation.claimed": { title: "Conversation claimed", description: "An agent took the conversation, from any surface" },
  "conversation.resolved": { title: "Conversation resolved", description: "The conversation was closed" },
  "message.created": { title: "Message created", description: "Every visitor, bot and agent message, and internal notes" },
};

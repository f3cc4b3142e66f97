// Every integration that reacts to conversation events (see features/integrations/conversation-events.ts).
// A handler ignores the events it has no use for, and must be safe to run twice for one event
// (a retried job runs every handler again): use delivery rows and unique keys, not memory.
import type { ConversationEvent } from "@/features/integrations/conversation-event.schema";
import { handleSlackConversationEvent } from "@/features/slack/handle-slack-conversation-event";
import { handleWebhookConversationEvent } from "@/features/webhooks/handle-webhook-conversation-event";
import { handleWhatsAppConversationEvent } from "@/features/whatsapp/handle-conversation-event";

export type ConversationEventHandler = (event: ConversationEvent) => Promise<unknown>;

export const CONVERSATION_EVENT_HANDLERS: Record<string, ConversationEventHandler> = {
  slack: handleSlackConversationEvent,
  whatsapp: handleWhatsAppConversationEvent,
  webhooks: handleWebhookConversationEvent,
};

export async function dispatchConversationEvent(event: ConversationEvent) {
  const results = await Promise.allSettled(Object.values(CONVERSATION_EVENT_HANDLERS).map((handle) => handle(event)));
  const failed = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
  // Rethrow so the queue retries; the handlers that succeeded are idempotent.
  if (failed.length > 0) throw failed[0];
}

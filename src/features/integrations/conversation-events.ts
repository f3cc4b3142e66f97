// Conversation events for everything outside the web inbox (Slack, WhatsApp, outbound webhooks).
// A use-case emits an event after its transaction commits; the event becomes one job, and the job
// hands it to every integration's handler (src/jobs/conversation-event-handlers.ts). So a slow or
// failing vendor never delays a visitor or an agent, and a failed handler is retried by the queue.
import { enqueue } from "@/jobs/enqueue";
import type { ConversationEvent } from "./conversation-event.schema";
import { logger } from "@/server/logger";

/** Queues the event for the integrations. Never throws: the change it describes is already committed. */
export async function emitConversationEvent(event: ConversationEvent): Promise<void> {
  try {
    await enqueue("conversation.event", event);
  } catch (error) {
    logger.error({ err: error, event: event.type, conversationId: event.conversationId }, "could not queue a conversation event");
  }
}
export type { ConversationEvent } from "./conversation-event.schema";

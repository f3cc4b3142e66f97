// Conversation events for everything outside the web inbox (Slack, WhatsApp, outbound webhooks).
// A use-case emits an event after its transaction commits; the event becomes one job, and the job
// hands it to every integration's handler (src/jobs/conversation-event-handlers.ts). So a slow or
// failing vendor never delays a visitor or an agent, and a failed handler is retried by the queue.
// With Redis unreachable the events are parked in Postgres and queued once it answers
// (jobs/parked-jobs.ts): late, never lost.
import { enqueueOrPark } from "@/jobs/parked-jobs";
import type { ConversationEvent } from "./conversation-event.schema";

/** Queues the event for the integrations. Never throws: the change it describes is already committed. */
export function emitConversationEvent(event: ConversationEvent): Promise<void> {
  return emitConversationEvents([event]);
}
export type { ConversationEvent } from "./conversation-event.schema";

/** Several events of one workspace in one Redis round trip (a reply that also claims emits two). Never throws. */
export async function emitConversationEvents(events: ConversationEvent[]): Promise<void> {
  const organizationId = events[0]?.organizationId;
  if (!organizationId) return;
  await enqueueOrPark(
    organizationId,
    events.map((event) => ({ name: "conversation.event" as const, payload: event })),
  );
}

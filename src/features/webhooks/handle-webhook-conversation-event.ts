// Outbound webhooks' reaction to conversation events (registered in
// src/jobs/conversation-event-handlers.ts): one WebhookDelivery row per subscribed endpoint, unique
// per endpoint and event id, then one send job per row. Safe to run twice: a retried job finds the
// rows already there and re-queues only those still pending, under the same job ids.
import type { ConversationEvent } from "@/features/integrations/conversation-event.schema";
import { db } from "@/server/db";
import { buildWebhookEvent, webhookTypeOf } from "./build-webhook-event";
import { queueWebhookDelivery } from "./queue-webhook-delivery";
import { findSubscribedEndpoints, insertDeliveries } from "./webhooks.repository";

export async function handleWebhookConversationEvent(event: ConversationEvent) {
  const type = webhookTypeOf(event);
  if (!type) return { deliveries: 0 };
  const { organizationId } = event;
  // Most workspaces have no endpoint: one cheap query before building anything.
  const endpoints = await findSubscribedEndpoints(db, { organizationId, eventType: type });
  if (endpoints.length === 0) return { deliveries: 0 };
  const built = await buildWebhookEvent(event);
  if (!built) return { deliveries: 0 };
  const rows = await insertDeliveries(db, {
    organizationId,
    endpointIds: endpoints.map((endpoint) => endpoint.id),
    eventId: built.id,
    eventType: built.type,
    payload: built,
  });
  const pending = rows.filter((row) => row.status === "PENDING");
  await Promise.all(pending.map((row) => queueWebhookDelivery({ organizationId, deliveryId: row.id })));
  return { deliveries: pending.length };
}

// "Send test event": a delivery of type webhook.test through the same signed, retried path as real
// events, so an owner can check their receiver (and its signature check) before going live.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { queueWebhookDelivery } from "./queue-webhook-delivery";
import { getDelivery, getEndpoint, insertTestDelivery } from "./webhooks.repository";
import { TEST_EVENT_TYPE, toWebhookDeliveryDto } from "./webhooks.schemas";

export async function sendTestWebhook({ actor, endpointId }: { actor: Actor; endpointId: string }) {
  const { organizationId } = actor;
  const endpoint = await getEndpoint(db, { organizationId, endpointId });
  if (!endpoint) throw notFound("Webhook endpoint");
  const eventId = `evt_test_${randomUUID()}`;
  const payload = {
    id: eventId,
    type: TEST_EVENT_TYPE,
    createdAt: new Date().toISOString(),
    workspaceId: organizationId,
    data: { message: "A test event from Baton. Check the Baton-Webhook-Signature header, then answer with any 2xx status.", endpointId },
  };
  const { id } = await insertTestDelivery(db, { organizationId, endpointId, eventId, eventType: TEST_EVENT_TYPE, payload });
  await queueWebhookDelivery({ organizationId, deliveryId: id });
  return toWebhookDeliveryDto((await getDelivery(db, { organizationId, deliveryId: id }))!);
}

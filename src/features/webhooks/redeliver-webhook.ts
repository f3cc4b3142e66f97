// "Redeliver": sends a stored event again, with the same event id (receivers dedupe on it) and a
// fresh round of retries. Refused while the delivery is still pending, so it is never sent twice at once.
import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { queueWebhookDelivery } from "./queue-webhook-delivery";
import { getDelivery, resetForRedelivery } from "./webhooks.repository";
import { toWebhookDeliveryDto } from "./webhooks.schemas";

export async function redeliverWebhook({ actor, endpointId, deliveryId }: { actor: Actor; endpointId: string; deliveryId: string }) {
  const { organizationId } = actor;
  const delivery = await getDelivery(db, { organizationId, deliveryId });
  if (!delivery || delivery.endpointId !== endpointId) throw notFound("Webhook delivery");
  if (!(await resetForRedelivery(db, { organizationId, deliveryId }))) {
    throw new AppError("CONFLICT", "This delivery is still being sent; wait for it to succeed or fail");
  }
  await recordAudit({ organizationId, actorId: actor.userId, action: "webhook.redelivered", targetType: "webhook_delivery", targetId: deliveryId, metadata: { eventId: delivery.eventId } });
  await queueWebhookDelivery({ organizationId, deliveryId, round: Date.now() });
  return toWebhookDeliveryDto((await getDelivery(db, { organizationId, deliveryId }))!);
}

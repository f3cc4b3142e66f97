import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { findDeliveries, getEndpoint } from "./webhooks.repository";
import { toWebhookDeliveryDto } from "./webhooks.schemas";

/** The endpoint's most recent deliveries, newest first (the dashboard's deliveries table). */
export async function findWebhookDeliveries({ organizationId, endpointId, limit }: { organizationId: string; endpointId: string; limit: number }) {
  if (!(await getEndpoint(db, { organizationId, endpointId }))) throw notFound("Webhook endpoint");
  return { deliveries: (await findDeliveries(db, { organizationId, endpointId, take: limit })).map(toWebhookDeliveryDto) };
}

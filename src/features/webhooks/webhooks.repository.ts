// Webhook endpoints and their deliveries. Every query is scoped by organizationId; the signing
// secret is selected only by the functions the sender uses, never by the ones that feed a DTO.
import type { Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";

const ENDPOINT_FIELDS = { id: true, url: true, description: true, events: true, enabled: true, createdAt: true, updatedAt: true } as const;
const DELIVERY_FIELDS = {
  id: true,
  endpointId: true,
  eventId: true,
  eventType: true,
  status: true,
  attempts: true,
  responseStatus: true,
  lastError: true,
  createdAt: true,
  deliveredAt: true,
} as const;

type Scope = { organizationId: string };

export function findEndpoints(db: DbClient, { organizationId }: Scope) {
  return db.webhookEndpoint.findMany({ where: { organizationId }, select: ENDPOINT_FIELDS, orderBy: { createdAt: "asc" } });
}

export function getEndpoint(db: DbClient, { organizationId, endpointId }: Scope & { endpointId: string }) {
  return db.webhookEndpoint.findFirst({ where: { id: endpointId, organizationId }, select: ENDPOINT_FIELDS });
}

export function insertEndpoint(db: DbClient, { organizationId, data }: Scope & { data: { url: string; description?: string; events: string[]; secret: string } }) {
  return db.webhookEndpoint.create({ data: { ...data, organizationId }, select: ENDPOINT_FIELDS });
}

export async function updateEndpoint(
  db: DbClient,
  { organizationId, endpointId, data }: Scope & { endpointId: string; data: { url?: string; description?: string | null; events?: string[]; enabled?: boolean } },
) {
  const { count } = await db.webhookEndpoint.updateMany({ where: { id: endpointId, organizationId }, data });
  return count === 1;
}

export async function deleteEndpoint(db: DbClient, { organizationId, endpointId }: Scope & { endpointId: string }) {
  const { count } = await db.webhookEndpoint.deleteMany({ where: { id: endpointId, organizationId } });
  return count === 1;
}

/** Enabled endpoints subscribed to one event type: the fan-out of a conversation event. */
export function findSubscribedEndpoints(db: DbClient, { organizationId, eventType }: Scope & { eventType: string }) {
  return db.webhookEndpoint.findMany({ where: { organizationId, enabled: true, events: { has: eventType } }, select: { id: true } });
}

/**
 * One row per endpoint and event; an existing row (a retried job) is left alone. Returns the rows
 * for the event either way, so the caller can (re)queue their sends with deterministic job ids.
 */
export async function insertDeliveries(
  db: DbClient,
  { organizationId, endpointIds, eventId, eventType, payload }: Scope & { endpointIds: string[]; eventId: string; eventType: string; payload: object },
) {
  await db.webhookDelivery.createMany({
    data: endpointIds.map((endpointId) => ({ organizationId, endpointId, eventId, eventType, payload: payload as Prisma.InputJsonValue })),
    skipDuplicates: true,
  });
  return db.webhookDelivery.findMany({ where: { organizationId, eventId, endpointId: { in: endpointIds } }, select: { id: true, status: true } });
}

export function findDeliveries(db: DbClient, { organizationId, endpointId, take }: Scope & { endpointId: string; take: number }) {
  return db.webhookDelivery.findMany({ where: { organizationId, endpointId }, select: DELIVERY_FIELDS, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take });
}

export function getDelivery(db: DbClient, { organizationId, deliveryId }: Scope & { deliveryId: string }) {
  return db.webhookDelivery.findFirst({ where: { id: deliveryId, organizationId }, select: DELIVERY_FIELDS });
}

/** What the sender needs: the stored payload and the endpoint with its (encrypted) secret. */
export function getDeliveryForSend(db: DbClient, { organizationId, deliveryId }: Scope & { deliveryId: string }) {
  return db.webhookDelivery.findFirst({
    where: { id: deliveryId, organizationId },
    select: { ...DELIVERY_FIELDS, payload: true, endpoint: { select: { url: true, secret: true, enabled: true } } },
  });
}

/** Counts the attempt before the request goes out, so a crash mid-request still shows it. */
export function startAttempt(db: DbClient, { organizationId, deliveryId }: Scope & { deliveryId: string }) {
  return db.webhookDelivery.update({ where: { id: deliveryId, organizationId }, data: { attempts: { increment: 1 } }, select: { attempts: true } });
}

export function recordOutcome(
  db: DbClient,
  { organizationId, deliveryId, data }: Scope & { deliveryId: string; data: { status: "PENDING" | "SENT" | "FAILED"; responseStatus: number | null; lastError: string | null; deliveredAt?: Date } },
) {
  return db.webhookDelivery.update({ where: { id: deliveryId, organizationId }, data });
}

/** Puts a finished delivery back in line; refused (false) while it is still being sent. */
export async function resetForRedelivery(db: DbClient, { organizationId, deliveryId }: Scope & { deliveryId: string }) {
  const { count } = await db.webhookDelivery.updateMany({
    where: { id: deliveryId, organizationId, status: { in: ["SENT", "FAILED"] } },
    data: { status: "PENDING", attempts: 0, lastError: null, responseStatus: null, deliveredAt: null },
  });
  return count === 1;
}

export function insertTestDelivery(db: DbClient, { organizationId, endpointId, eventId, eventType, payload }: Scope & { endpointId: string; eventId: string; eventType: string; payload: object }) {
  return db.webhookDelivery.create({ data: { organizationId, endpointId, eventId, eventType, payload: payload as Prisma.InputJsonValue }, select: { id: true } });
}

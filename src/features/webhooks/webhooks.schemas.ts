// Outbound webhooks: what the dashboard sends, what the worker's job carries, and the DTOs the
// browser sees (the signing secret only once, in the answer to the create call).
import { z } from "zod";

export const WEBHOOK_EVENTS = ["conversation.escalated", "conversation.claimed", "conversation.resolved", "message.created"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];
/** Sent by "Send test event" only; endpoints need not subscribe to it. */
export const TEST_EVENT_TYPE = "webhook.test";

// Any http(s) URL, including private addresses: Baton is self-hosted and an endpoint on the same
// network is a normal set-up. Only owners and admins can add one (README "Outbound webhooks").
const ZWebhookUrl = z
  .url({ protocol: /^https?$/, message: "Enter an http:// or https:// URL" })
  .max(2000)
  .refine((value) => !new URL(value).username && !new URL(value).password, "Leave credentials out of the URL; verify the signature instead");

const ZEvents = z.array(z.enum(WEBHOOK_EVENTS)).min(1, "Choose at least one event").transform((events) => [...new Set(events)]);

export const ZCreateWebhookInput = z.strictObject({
  url: ZWebhookUrl,
  description: z.string().trim().max(200).optional(),
  events: ZEvents,
});
export type TCreateWebhookInput = z.infer<typeof ZCreateWebhookInput>;

export const ZUpdateWebhookInput = z
  .strictObject({
    url: ZWebhookUrl.optional(),
    description: z.string().trim().max(200).nullable().optional(),
    events: ZEvents.optional(),
    enabled: z.boolean().optional(),
  })
  .refine((input) => Object.keys(input).length > 0, "Nothing to change");
export type TUpdateWebhookInput = z.infer<typeof ZUpdateWebhookInput>;

export const ZDeliveryListQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(25) });

export const ZDeliverWebhookJob = z.object({ organizationId: z.string().min(1), deliveryId: z.string().min(1) });
export type TDeliverWebhookJob = z.infer<typeof ZDeliverWebhookJob>;

interface EndpointRow {
  id: string;
  url: string;
  description: string | null;
  events: string[];
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export function toWebhookEndpointDto(row: EndpointRow) {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    enabled: row.enabled,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type WebhookEndpointDto = ReturnType<typeof toWebhookEndpointDto>;

interface DeliveryRow {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

export function toWebhookDeliveryDto(row: DeliveryRow) {
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status.toLowerCase() as "pending" | "sent" | "failed",
    attempts: row.attempts,
    responseStatus: row.responseStatus,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  };
}
export type WebhookDeliveryDto = ReturnType<typeof toWebhookDeliveryDto>;

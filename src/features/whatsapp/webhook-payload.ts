// Meta's webhook body (object "whatsapp_business_account"), reduced to what Baton acts on:
// inbound messages and delivery statuses, each tagged with the business number it came to
// (metadata.phone_number_id), which is how a POST is routed to a workspace.
import { z } from "zod";

const ZMessage = z.looseObject({
  from: z.string(),
  id: z.string(),
  timestamp: z.string().optional(),
  type: z.string(),
  text: z.object({ body: z.string() }).optional(),
  // A template's quick-reply button (the agent alert's Claim / Pass).
  button: z.object({ payload: z.string().optional(), text: z.string().optional() }).optional(),
  // An interactive message's reply button or list row.
  interactive: z
    .looseObject({
      type: z.string(),
      button_reply: z.object({ id: z.string(), title: z.string().optional() }).optional(),
      list_reply: z.object({ id: z.string(), title: z.string().optional() }).optional(),
    })
    .optional(),
  context: z.looseObject({ id: z.string().optional() }).optional(),
});

const ZStatus = z.looseObject({
  id: z.string(),
  status: z.string(),
  timestamp: z.string().optional(),
  recipient_id: z.string().optional(),
  errors: z.array(z.looseObject({ code: z.number().optional(), title: z.string().optional(), message: z.string().optional() })).optional(),
});

const ZValue = z.looseObject({
  metadata: z.object({ phone_number_id: z.string(), display_phone_number: z.string().optional() }),
  contacts: z.array(z.looseObject({ wa_id: z.string(), profile: z.looseObject({ name: z.string().optional() }).optional() })).optional(),
  messages: z.array(ZMessage).optional(),
  statuses: z.array(ZStatus).optional(),
});

export const ZWebhookBody = z.looseObject({
  object: z.string(),
  entry: z.array(z.looseObject({ changes: z.array(z.looseObject({ field: z.string(), value: z.unknown() })).default([]) })).default([]),
});

export type InboundContent =
  | { type: "text"; text: string }
  | { type: "button"; payload: string; text: string }
  | { type: "unsupported"; messageType: string };

export interface InboundMessage {
  phoneNumberId: string;
  /** The sender's WhatsApp id (digits). */
  from: string;
  wamid: string;
  /** Seconds since the epoch, as Meta sends it. */
  timestamp: number;
  profileName: string | null;
  /** The wamid of the business message this one replies to (WhatsApp's "reply" gesture). */
  contextId: string | null;
  content: InboundContent;
}

export const DELIVERY_STATUSES = ["sent", "delivered", "read", "failed"] as const;
export type WhatsAppStatusName = (typeof DELIVERY_STATUSES)[number];

export interface InboundStatus {
  phoneNumberId: string;
  wamid: string;
  status: WhatsAppStatusName;
  recipientId: string | null;
  error: { code: number | null; title: string } | null;
}

// Reactions are gestures on an earlier message, not something to answer.
const IGNORED_TYPES = new Set(["reaction"]);

function toContent(message: z.infer<typeof ZMessage>): InboundContent | null {
  if (IGNORED_TYPES.has(message.type)) return null;
  if (message.type === "text" && message.text) return { type: "text", text: message.text.body };
  if (message.type === "button" && message.button?.payload) return { type: "button", payload: message.button.payload, text: message.button.text ?? "" };
  const reply = message.interactive?.button_reply ?? message.interactive?.list_reply;
  if (message.type === "interactive" && reply) return { type: "button", payload: reply.id, text: reply.title ?? "" };
  return { type: "unsupported", messageType: message.type };
}

/** Messages and statuses of a webhook body, in the order Meta listed them. Unknown parts are skipped. */
export function readWebhookBody(body: z.infer<typeof ZWebhookBody>): { messages: InboundMessage[]; statuses: InboundStatus[] } {
  const messages: InboundMessage[] = [];
  const statuses: InboundStatus[] = [];
  for (const entry of body.entry) {
    for (const change of entry.changes) {
      if (change.field !== "messages") continue;
      const value = ZValue.safeParse(change.value);
      if (!value.success) continue;
      const phoneNumberId = value.data.metadata.phone_number_id;
      const names = new Map((value.data.contacts ?? []).map((contact) => [contact.wa_id, contact.profile?.name ?? null]));
      for (const message of value.data.messages ?? []) {
        const content = toContent(message);
        if (!content) continue;
        messages.push({
          phoneNumberId,
          from: message.from,
          wamid: message.id,
          timestamp: Number(message.timestamp ?? 0) || Math.floor(Date.now() / 1000),
          profileName: names.get(message.from) ?? null,
          contextId: message.context?.id ?? null,
          content,
        });
      }
      for (const status of value.data.statuses ?? []) {
        if (!(DELIVERY_STATUSES as readonly string[]).includes(status.status)) continue;
        const error = status.errors?.[0];
        statuses.push({
          phoneNumberId,
          wamid: status.id,
          status: status.status as WhatsAppStatusName,
          recipientId: status.recipient_id ?? null,
          error: error ? { code: error.code ?? null, title: error.title ?? error.message ?? "Unknown error" } : null,
        });
      }
    }
  }
  return { messages, statuses };
}

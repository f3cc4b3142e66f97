import { z } from "zod";

export const ZConversationStatus = z.enum(["BOT", "QUEUED", "ASSIGNED", "RESOLVED", "LEAD_CAPTURE"]);

export const ZConversationListQuery = z.object({
  status: ZConversationStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** lastMessageAt of the last conversation of the previous page. */
  before: z.iso.datetime().optional(),
});

export const ZMessageListQuery = z.object({ after: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(500).default(200) });

export const ZApiMessageInput = z.object({
  text: z.string().trim().min(1, "is empty").max(4000),
  authorName: z.string().trim().min(1).max(100).default("Support team"),
  /** Idempotency: the same id twice stores one message. */
  externalId: z.string().min(1).max(200).optional(),
  /** An internal note: never shown to the visitor. */
  note: z.boolean().default(false),
});
export type TApiMessageInput = z.infer<typeof ZApiMessageInput>;

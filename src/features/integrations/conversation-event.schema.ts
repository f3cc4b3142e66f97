// The shape of a conversation event (a job payload: ids only, never message text or tokens).
import { z } from "zod";

const ids = { organizationId: z.string().min(1), conversationId: z.string().min(1) };

export const ZConversationEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("handoff.requested"), ...ids, handoffId: z.string().min(1), status: z.enum(["QUEUED", "LEAD_CAPTURE"]) }),
  z.object({ type: z.literal("handoff.escalated"), ...ids, handoffId: z.string().min(1), level: z.number().int() }),
  z.object({ type: z.literal("conversation.claimed"), ...ids, userId: z.string().min(1), via: z.string() }),
  z.object({ type: z.literal("conversation.resolved"), ...ids }),
  /** Visitor, bot and agent messages and notes (not system lines). */
  z.object({ type: z.literal("message.created"), ...ids, messageId: z.string().min(1) }),
  z.object({ type: z.literal("draft.created"), ...ids, draftId: z.string().min(1) }),
  z.object({ type: z.literal("draft.decided"), ...ids, draftId: z.string().min(1) }),
]);
export type ConversationEvent = z.infer<typeof ZConversationEvent>;


// How a message's WhatsApp delivery shows in the inbox (sent, delivered, read, or not delivered and
// why), and the realtime update that replaces the message in open inboxes when it changes.
import { getMessage } from "@/features/conversations/conversations.repository";
import { toMessageDto, type MessageDto } from "@/features/conversations/message.dto";
import { findConversationMessages } from "@/features/inbox/inbox.repository";
import { db } from "@/server/db";
import { publishToWorkspace } from "@/server/publish";
import type { DeliveryStatus } from "./deliveries.repository";

export interface MessageDeliveryDto {
  status: "pending" | "sent" | "delivered" | "read" | "failed";
  /** Why it was not delivered (Meta's error, or the closed 24-hour window). */
  error: string | null;
}

export function deliveryOf(row: { deliveryStatus?: DeliveryStatus | null; metadata?: unknown }): MessageDeliveryDto | undefined {
  if (!row.deliveryStatus) return undefined;
  const error = (row.metadata as { whatsappError?: { message?: string } } | null)?.whatsappError?.message ?? null;
  return { status: row.deliveryStatus.toLowerCase() as MessageDeliveryDto["status"], error: row.deliveryStatus === "FAILED" ? error : null };
}

type Row = Parameters<typeof toMessageDto>[0] & { deliveryStatus?: DeliveryStatus | null };

export function toMessageWithDelivery(row: Row): MessageDto & { delivery?: MessageDeliveryDto } {
  const delivery = deliveryOf(row);
  return delivery ? { ...toMessageDto(row), delivery } : toMessageDto(row);
}

/** Sends the message again as `message:created`: the inbox replaces its copy (same id) and shows the new status. */
export async function publishDelivery(organizationId: string, messageId: string) {
  const message = await getMessage(db, { organizationId, messageId });
  if (!message) return;
  const [row] = await findConversationMessages(db, { organizationId, conversationId: message.conversationId, afterSeq: message.seq - 1, take: 1 });
  if (row?.id === messageId) publishToWorkspace(organizationId, "message:created", toMessageWithDelivery(row));
}

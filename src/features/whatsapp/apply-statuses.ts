// The "whatsapp.statuses" job: Meta's sent / delivered / read / failed reports move the stored
// deliveries (and the visitor-facing message's deliveryStatus) forward; a failure keeps its reason.
import { db } from "@/server/db";
import { applyDeliveryStatus, type DeliveryStatus } from "./deliveries.repository";
import { publishDelivery } from "./delivery-dto";
import type { WhatsAppStatusName } from "./webhook-payload";

const STATUS: Record<WhatsAppStatusName, DeliveryStatus> = { sent: "SENT", delivered: "DELIVERED", read: "READ", failed: "FAILED" };

export interface StatusUpdate {
  wamid: string;
  status: WhatsAppStatusName;
  error: { code: number | null; title: string } | null;
}

export async function applyStatuses({ organizationId, statuses }: { organizationId: string; statuses: StatusUpdate[] }) {
  let changed = 0;
  for (const update of statuses) {
    const result = await applyDeliveryStatus(db, {
      organizationId,
      wamid: update.wamid,
      status: STATUS[update.status],
      error: update.error ? { code: update.error.code, message: update.error.title } : null,
    });
    changed += result.changed;
    if (result.trackedMessageId) await publishDelivery(organizationId, result.trackedMessageId);
  }
  return { changed };
}

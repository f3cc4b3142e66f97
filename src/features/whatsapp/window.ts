// WhatsApp's customer-service window: a business may send free text for 24 hours after the
// contact's last message; outside it only an approved template is delivered (error 131047).
export const WINDOW_MS = 24 * 60 * 60 * 1000;

export interface WhatsAppWindow {
  open: boolean;
  /** When free text stops being allowed; null when the contact never wrote. */
  closesAt: Date | null;
}

export function whatsappWindow(lastInboundAt: Date | null | undefined, now = new Date()): WhatsAppWindow {
  if (!lastInboundAt) return { open: false, closesAt: null };
  const closesAt = new Date(lastInboundAt.getTime() + WINDOW_MS);
  return { open: closesAt.getTime() > now.getTime(), closesAt };
}

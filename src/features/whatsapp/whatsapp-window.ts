// The 24-hour window as the inbox sees it, and the rule for agents' replies: inside the window free
// text; outside it free text is refused (409 WHATSAPP_WINDOW_CLOSED) rather than sent into the void,
// and the agent may send the text as the workspace's follow-up template instead.
import type { WhatsAppWindowDto } from "@/features/inbox/inbox.dto";
import type { DbClient } from "@/server/db";
import { AppError } from "@/server/errors";
import { getWindowFacts } from "./inbound.repository";
import { whatsappWindow } from "./window";

/** Null for conversations that are not on WhatsApp. */
export async function getWhatsAppWindow(db: DbClient, { organizationId, conversationId }: { organizationId: string; conversationId: string }): Promise<WhatsAppWindowDto | null> {
  const facts = await getWindowFacts(db, { organizationId, conversationId });
  if (!facts || facts.inbox.channel !== "WHATSAPP" || !facts.contact.waId) return null;
  const window = whatsappWindow(facts.contact.lastInboundAt);
  return { open: window.open, closesAt: window.closesAt?.toISOString() ?? null, template: facts.inbox.whatsappAccounts[0]?.followUpTemplate ?? null };
}

/**
 * Checks an agent's reply to a WhatsApp conversation. Returns whether it goes as the template;
 * throws 409 WHATSAPP_WINDOW_CLOSED when free text could not be delivered (or no template exists).
 */
export async function checkWhatsAppReply(db: DbClient, { organizationId, conversationId, asTemplate }: { organizationId: string; conversationId: string; asTemplate: boolean }) {
  const window = await getWhatsAppWindow(db, { organizationId, conversationId });
  if (!window) return { asTemplate: false };
  if (asTemplate && !window.template) {
    throw new AppError("WHATSAPP_WINDOW_CLOSED", "No follow-up template is configured for this WhatsApp number (Dashboard > WhatsApp).", { window });
  }
  if (asTemplate) return { asTemplate: true };
  if (!window.open) {
    throw new AppError(
      "WHATSAPP_WINDOW_CLOSED",
      window.template
        ? `The 24-hour WhatsApp window is closed: free text would not be delivered. Send it as the "${window.template}" template instead.`
        : "The 24-hour WhatsApp window is closed and no follow-up template is configured, so this reply cannot reach the customer.",
      { window },
    );
  }
  return { asTemplate: false };
}

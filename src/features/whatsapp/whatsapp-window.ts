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
  if (!facts) return null;
  return toWhatsAppWindow({ channel: facts.inbox.channel, waId: facts.contact.waId, lastInboundAt: facts.contact.lastInboundAt, template: facts.inbox.whatsappAccounts[0]?.followUpTemplate ?? null });
}

export interface WhatsAppWindowFacts {
  channel: string;
  waId: string | null;
  lastInboundAt: Date | null;
  template: string | null;
}

/** The window from facts already read (the agent-reply path reads them with everything else). */
export function toWhatsAppWindow(facts: WhatsAppWindowFacts): WhatsAppWindowDto | null {
  if (facts.channel !== "WHATSAPP" || !facts.waId) return null;
  const window = whatsappWindow(facts.lastInboundAt);
  return { open: window.open, closesAt: window.closesAt?.toISOString() ?? null, template: facts.template };
}

/**
 * Checks an agent's reply against the window (null: not a WhatsApp conversation). Returns whether
 * it goes as the template; throws 409 WHATSAPP_WINDOW_CLOSED when free text could not be
 * delivered (or no template exists).
 */
export function decideWhatsAppReply(window: WhatsAppWindowDto | null, asTemplate: boolean) {
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

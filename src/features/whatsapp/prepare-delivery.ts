// Decides what one delivery sends: free text, the follow-up template (agent replies outside the
// 24-hour window), the agent alert template, or nothing (with the reason, shown on the message).
import { db } from "@/server/db";
import { getAccountForInbox, getConsoleAccount } from "./accounts.repository";
import { getHandoffDeliveryForSend, getMessageDeliveryForSend, type PendingDelivery } from "./deliveries.repository";
import { WINDOW_CLOSED_CODE, type OutboundBody } from "./graph-client";
import { alertInteractiveBody, alertTemplateBody, customerLabel, followUpTemplateBody, relayToAgentText, textBody } from "./outbound-text";
import { toWhatsAppText } from "./whatsapp-text";
import { whatsappWindow } from "./window";

type WhatsAppAccount = NonNullable<Awaited<ReturnType<typeof getAccountForInbox>>>;

export type PreparedDelivery =
  | { skip: { code: number | null; message: string }; messageId?: string; account?: undefined; body?: undefined; fallback?: undefined }
  | { skip?: undefined; account: WhatsAppAccount; body: OutboundBody; fallback?: OutboundBody; messageId?: string };

/** The number a conversation's messages go out from: its own inbox's, else the workspace's agent console number. */
export async function senderFor(organizationId: string, inboxId: string) {
  return (await getAccountForInbox(db, { organizationId, inboxId })) ?? getConsoleAccount(db, { organizationId });
}

const NO_ACCOUNT = { code: null, message: "No WhatsApp number is connected to this workspace" };

export async function prepareDelivery(organizationId: string, next: PendingDelivery): Promise<PreparedDelivery> {
  return next.kind === "message" ? prepareMessage(organizationId, next.id) : prepareAlert(organizationId, next.id);
}

async function prepareMessage(organizationId: string, id: string): Promise<PreparedDelivery> {
  const delivery = await getMessageDeliveryForSend(db, { organizationId, id });
  if (!delivery) return { skip: { code: null, message: "Delivery not found" } };
  const { message } = delivery;
  const conversation = message.conversation;
  const account = await senderFor(organizationId, conversation.inboxId);
  // A visitor's words relayed to the agent who claimed from WhatsApp.
  if (message.role === "VISITOR") {
    if (!account) return { skip: NO_ACCOUNT };
    return { account, body: textBody(relayToAgentText(customerLabel(conversation.contact), message.body)) };
  }
  const messageId = message.id;
  if (!account) return { skip: NO_ACCOUNT, messageId };
  const template = account.followUpTemplate ? { name: account.followUpTemplate, language: account.templateLanguage } : null;
  const open = whatsappWindow(conversation.contact.lastInboundAt).open;
  const asTemplate = (message.metadata as { whatsappTemplate?: boolean } | null)?.whatsappTemplate === true;
  const text = toWhatsAppText(message.body);
  if (message.role === "AGENT" && template && (asTemplate || !open)) return { account, body: followUpTemplateBody(text, template), messageId };
  if (!open) {
    const reason = message.role === "AGENT" ? "The 24-hour WhatsApp window is closed and no follow-up template is configured" : "The 24-hour WhatsApp window is closed";
    return { skip: { code: WINDOW_CLOSED_CODE, message: reason }, messageId };
  }
  return { account, body: textBody(text), fallback: message.role === "AGENT" && template ? followUpTemplateBody(text, template) : undefined, messageId };
}

async function prepareAlert(organizationId: string, id: string): Promise<PreparedDelivery> {
  const delivery = await getHandoffDeliveryForSend(db, { organizationId, id });
  if (!delivery) return { skip: { code: null, message: "Delivery not found" } };
  const { handoff } = delivery;
  // Someone claimed before this alert's turn came: an alert now would only be noise.
  if (handoff.status !== "OPEN") return { skip: { code: null, message: "Not sent: the conversation was claimed first" } };
  const account = await senderFor(organizationId, handoff.conversation.inboxId);
  if (!account) return { skip: NO_ACCOUNT };
  const brief = (handoff.brief ?? {}) as { summary?: string; reasons?: { code: string }[] };
  const reasonCodes = (brief.reasons ?? (handoff.reasons as { code: string }[] | null) ?? []).map((reason) => reason.code.replace(/_/g, " "));
  const facts = {
    handoffId: handoff.id,
    customer: customerLabel(handoff.conversation.contact),
    reasons: reasonCodes.join(", ") || "asked for a person",
    summary: brief.summary || "No summary yet.",
  };
  const body = account.agentAlertTemplate ? alertTemplateBody(facts, { name: account.agentAlertTemplate, language: account.templateLanguage }) : alertInteractiveBody(facts);
  return { account, body };
}

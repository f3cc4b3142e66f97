// A customer's WhatsApp message: the same path as a widget visitor's. The contact is found or
// created by wa_id, the message is stored once (a redelivered wamid finds its row: unique
// [organizationId, source, externalId]) in the open conversation of the number's inbox, the 24-hour
// window moves, and then replyToVisitor runs the same bot modes, triggers, handoff and responder.
// What the bot or an agent writes back reaches WhatsApp through the conversation events.
import {
  appendMessage,
  getMessageByExternalId,
  getOpenConversation,
  insertConversation,
  lockContact,
} from "@/features/conversations/conversations.repository";
import { toMessageDto } from "@/features/conversations/message.dto";
import { publishConversation } from "@/features/inbox/publish-conversation";
import { emitConversationEvent } from "@/features/integrations/conversation-events";
import { replyToVisitor } from "@/features/responder/reply-to-visitor";
import { db } from "@/server/db";
import { publishToWorkspace } from "@/server/publish";
import { upsertWhatsAppContact } from "./inbound.repository";
import { UNSUPPORTED_REPLY } from "./outbound-text";
import type { InboundContent, InboundMessage } from "./webhook-payload";

export function inboundText(content: InboundContent): string {
  if (content.type === "text") return content.text;
  if (content.type === "button") return content.text || content.payload;
  return `[${content.messageType}]`;
}

export async function receiveVisitorMessage({ organizationId, inboxId, message }: { organizationId: string; inboxId: string; message: InboundMessage }) {
  const at = new Date(message.timestamp * 1000);
  const unsupported = message.content.type === "unsupported";
  const stored = await db.$transaction(async (tx) => {
    const contact = await upsertWhatsAppContact(tx, { organizationId, waId: message.from, name: message.profileName, at });
    await lockContact(tx, { contactId: contact.id });
    if (await getMessageByExternalId(tx, { organizationId, source: "WHATSAPP", externalId: message.wamid })) return null;
    const open = await getOpenConversation(tx, { organizationId, contactId: contact.id, inboxId });
    const conversation = open ?? (await insertConversation(tx, { organizationId, inboxId, contactId: contact.id }));
    const row = await appendMessage(tx, {
      organizationId,
      conversationId: conversation.id,
      message: { role: "VISITOR", source: "WHATSAPP", body: inboundText(message.content), externalId: message.wamid, metadata: { whatsappType: message.content.type } },
    });
    // Images, voice notes, locations...: the person learns at once that only text is understood.
    const polite = unsupported
      ? await appendMessage(tx, {
          organizationId,
          conversationId: conversation.id,
          message: { role: "SYSTEM", source: "SYSTEM", body: UNSUPPORTED_REPLY, metadata: { event: "unsupported_message", whatsappType: (message.content as { messageType?: string }).messageType ?? null } },
        })
      : null;
    return { rows: [row!, ...(polite ? [polite] : [])], contactId: contact.id, conversationId: conversation.id, isNew: !open };
  });
  if (!stored) return { duplicate: true as const };

  for (const row of stored.rows) publishToWorkspace(organizationId, "message:created", toMessageDto(row));
  if (stored.isNew) await publishConversation(organizationId, stored.conversationId, { toVisitor: false });
  const visitorMessage = stored.rows[0]!;
  await emitConversationEvent({ type: "message.created", organizationId, conversationId: stored.conversationId, messageId: visitorMessage.id });
  if (!unsupported) await replyToVisitor({ visitor: { organizationId, contactId: stored.contactId, inboxId }, messageId: visitorMessage.id });
  return { duplicate: false as const, conversationId: stored.conversationId, messageId: visitorMessage.id };
}

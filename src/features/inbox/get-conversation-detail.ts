import type { Actor } from "@/features/tenants/actor";
import { toMessageWithDelivery } from "@/features/whatsapp/delivery-dto";
import { getWhatsAppWindow } from "@/features/whatsapp/whatsapp-window";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { presenceOnline } from "@/server/presence";
import type { ConversationDetailDto } from "./inbox.dto";
import { findConversationMessages, findPreviousConversations, getConversationDetail, getInboxItem } from "./inbox.repository";
import { toContactPanelDto, toDraftDto, toHandoffDto, toInboxItemDto } from "./inbox.mappers";

const TRANSCRIPT_LIMIT = 1000;
const PREVIOUS_CONVERSATIONS = 10;

/** Everything the conversation view shows: transcript with notes, brief, contact panel, drafts. */
export async function getInboxConversation({ actor, conversationId }: { actor: Actor; conversationId: string }): Promise<ConversationDetailDto> {
  const { organizationId } = actor;
  const [item, detail] = await Promise.all([
    getInboxItem(db, { organizationId, conversationId, userId: actor.userId }),
    getConversationDetail(db, { organizationId, conversationId }),
  ]);
  if (!item || !detail) throw notFound("Conversation");
  const [messages, previous, online, whatsappWindow] = await Promise.all([
    findConversationMessages(db, { organizationId, conversationId, afterSeq: Math.max(0, detail.lastSeq - TRANSCRIPT_LIMIT), take: TRANSCRIPT_LIMIT }),
    findPreviousConversations(db, { organizationId, contactId: detail.contactId, excludeId: conversationId, take: PREVIOUS_CONVERSATIONS }),
    presenceOnline("visitors", organizationId, [detail.contactId]),
    getWhatsAppWindow(db, { organizationId, conversationId }),
  ]);
  const isOnline = online.has(detail.contactId);
  const handoff = detail.handoffs[0];
  return {
    conversation: { ...toInboxItemDto(item, isOnline), csatComment: detail.csatComment },
    messages: messages.map(toMessageWithDelivery),
    handoff: handoff ? toHandoffDto(handoff) : null,
    contact: toContactPanelDto(detail.contact, isOnline, previous),
    drafts: detail.drafts.map(toDraftDto),
    whatsappWindow,
  };
}

export async function findInboxMessagesAfter({ actor, conversationId, afterSeq }: { actor: Actor; conversationId: string; afterSeq: number }) {
  const item = await getInboxItem(db, { organizationId: actor.organizationId, conversationId, userId: actor.userId });
  if (!item) throw notFound("Conversation");
  const rows = await findConversationMessages(db, { organizationId: actor.organizationId, conversationId, afterSeq, take: TRANSCRIPT_LIMIT });
  return { messages: rows.map(toMessageWithDelivery) };
}

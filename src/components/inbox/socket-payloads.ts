// Socket events are checked before use (STYLE: schemas at every edge). These are light guards
// rather than zod schemas: the payloads come from our own server, and a malformed one is dropped,
// not reported.
import type { MessageDto } from "@/features/conversations/message.dto";
import type { DraftDto, HandoffDto, InboxConversationDto } from "@/features/inbox/inbox.dto";

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === "object" && value !== null;
const STATUSES = ["BOT", "QUEUED", "ASSIGNED", "RESOLVED", "LEAD_CAPTURE"];
const ROLES = ["visitor", "bot", "agent", "system", "note"];
const DRAFT_STATUSES = ["PENDING", "APPROVED", "EDITED", "REJECTED"];

export function isInboxItem(value: unknown): value is InboxConversationDto {
  return (
    isObject(value) &&
    typeof value.id === "string" &&
    STATUSES.includes(value.status as string) &&
    isObject(value.contact) &&
    typeof value.contact.id === "string" &&
    isObject(value.inbox) &&
    typeof value.lastSeq === "number" &&
    typeof value.lastMessageAt === "string"
  );
}

export function isMessage(value: unknown): value is MessageDto {
  return (
    isObject(value) &&
    typeof value.id === "string" &&
    typeof value.conversationId === "string" &&
    typeof value.seq === "number" &&
    typeof value.body === "string" &&
    ROLES.includes(value.role as string)
  );
}

export function isDraft(value: unknown): value is DraftDto {
  return isObject(value) && typeof value.id === "string" && typeof value.conversationId === "string" && typeof value.body === "string" && DRAFT_STATUSES.includes(value.status as string);
}

export interface HandoffCreatedEvent {
  conversation: InboxConversationDto;
  handoff: HandoffDto;
}

export function isHandoffCreated(value: unknown): value is HandoffCreatedEvent {
  return isObject(value) && isInboxItem(value.conversation) && isObject(value.handoff) && typeof value.handoff.id === "string";
}

export interface MessageDeltaEvent {
  conversationId: string;
  streamId: string;
  text: string;
}

export function isDelta(value: unknown): value is MessageDeltaEvent {
  return isObject(value) && typeof value.conversationId === "string" && typeof value.streamId === "string" && typeof value.text === "string";
}

export interface VisitorTypingEvent {
  contactId: string;
  conversationId?: string;
  typing: boolean;
}

export function isVisitorTyping(value: unknown): value is VisitorTypingEvent {
  return isObject(value) && typeof value.contactId === "string" && typeof value.typing === "boolean";
}

export interface AgentTypingEvent {
  conversationId: string;
  userId: string;
  name: string;
  typing: boolean;
}

export function isAgentTyping(value: unknown): value is AgentTypingEvent {
  return isObject(value) && typeof value.conversationId === "string" && typeof value.userId === "string" && typeof value.typing === "boolean";
}

export interface AgentStatusEvent {
  userId: string;
  status: "ONLINE" | "AWAY" | "OFFLINE";
}

export function isAgentStatus(value: unknown): value is AgentStatusEvent {
  return isObject(value) && typeof value.userId === "string" && ["ONLINE", "AWAY", "OFFLINE"].includes(value.status as string);
}

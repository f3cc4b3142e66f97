// Rows to the inbox DTOs of inbox.dto.ts.
import type { ContactPanelDto, ConversationStatusDto, DraftDto, HandoffBriefDto, HandoffDto, InboxConversationDto } from "./inbox.dto";
import type { InboxItemRow } from "./inbox.repository";

const PREVIEW_CHARS = 140;

export function preview(body: string | undefined): string | null {
  if (!body) return null;
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat;
}

/** What a list item is made of: a row read with inboxItemInclude, or one assembled from rows in hand. */
export type InboxItemSource = Pick<
  InboxItemRow,
  "id" | "inbox" | "status" | "priority" | "language" | "currentPage" | "contact" | "assignee" | "team" | "lastSeq" | "lastMessageAt" | "queuedAt" | "reads" | "csatScore" | "isTest" | "createdAt"
> & { handoffs: Pick<InboxItemRow["handoffs"][number], "reasons" | "status">[]; messages: { body: string }[] };

export function toInboxItemDto(row: InboxItemSource, online: boolean): InboxConversationDto {
  const openHandoff = row.handoffs[0];
  const reasons = openHandoff && (openHandoff.status === "OPEN" || openHandoff.status === "CLAIMED") ? reasonCodes(openHandoff.reasons) : [];
  return {
    id: row.id,
    inbox: row.inbox,
    status: row.status,
    priority: row.priority,
    language: row.language,
    currentPage: row.currentPage,
    contact: { id: row.contact.id, name: row.contact.name, email: row.contact.email, online, verified: row.contact.identityVerified },
    assignee: row.assignee ? { id: row.assignee.id, name: row.assignee.name } : null,
    team: row.team,
    lastSeq: row.lastSeq,
    lastMessageAt: row.lastMessageAt.toISOString(),
    lastMessagePreview: preview(row.messages[0]?.body),
    queuedAt: row.queuedAt?.toISOString() ?? null,
    unread: Math.max(0, row.lastSeq - (row.reads[0]?.lastReadSeq ?? 0)),
    reasons,
    csatScore: row.csatScore,
    isTest: row.isTest,
    createdAt: row.createdAt.toISOString(),
  };
}

function reasonCodes(reasons: unknown): string[] {
  if (!Array.isArray(reasons)) return [];
  return [...new Set(reasons.map((reason) => (reason as { code?: unknown }).code).filter((code): code is string => typeof code === "string"))];
}

interface HandoffRow {
  id: string;
  status: HandoffDto["status"];
  brief: unknown;
  team: { id: string; name: string } | null;
  createdAt: Date;
  firstNotifiedAt: Date | null;
  claimedAt: Date | null;
  claimedBy: { id: string; name: string } | null;
  claimedVia: string | null;
  firstHumanReplyAt: Date | null;
  resolvedAt: Date | null;
  escalationLevel: number;
}

export function toHandoffDto(row: HandoffRow): HandoffDto {
  const brief = row.brief as Partial<HandoffBriefDto> | null;
  return {
    id: row.id,
    status: row.status,
    brief: brief && typeof brief.summary === "string" ? (brief as HandoffBriefDto) : null,
    team: row.team,
    requestedAt: row.createdAt.toISOString(),
    firstNotifiedAt: iso(row.firstNotifiedAt),
    claimedAt: iso(row.claimedAt),
    claimedBy: row.claimedBy,
    claimedVia: row.claimedVia,
    firstHumanReplyAt: iso(row.firstHumanReplyAt),
    resolvedAt: iso(row.resolvedAt),
    escalationLevel: row.escalationLevel,
  };
}

interface ContactRow {
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  identityVerified: boolean;
  attributes: unknown;
  language: string | null;
  currentPage: string | null;
  lastSeenAt: Date | null;
}

export function toContactPanelDto(
  contact: ContactRow,
  online: boolean,
  previous: { id: string; status: ConversationStatusDto; createdAt: Date; messages: { body: string }[] }[],
): ContactPanelDto {
  return {
    id: contact.id,
    name: contact.name,
    email: contact.email,
    phone: contact.phone,
    identityVerified: contact.identityVerified,
    attributes: (contact.attributes ?? {}) as Record<string, unknown>,
    language: contact.language,
    currentPage: contact.currentPage,
    lastSeenAt: iso(contact.lastSeenAt),
    online,
    previousConversations: previous.map((conversation) => ({
      id: conversation.id,
      status: conversation.status,
      createdAt: conversation.createdAt.toISOString(),
      lastMessagePreview: preview(conversation.messages[0]?.body),
    })),
  };
}

interface DraftRow {
  id: string;
  conversationId: string;
  body: string;
  confidence: number | null;
  sources: unknown;
  heldBecause: unknown;
  status: DraftDto["status"];
  createdAt: Date;
}

export function toDraftDto(row: DraftRow): DraftDto {
  return {
    id: row.id,
    conversationId: row.conversationId,
    body: row.body,
    confidence: row.confidence,
    sources: Array.isArray(row.sources) ? (row.sources as DraftDto["sources"]) : [],
    heldBecause: (row.heldBecause ?? {}) as DraftDto["heldBecause"],
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

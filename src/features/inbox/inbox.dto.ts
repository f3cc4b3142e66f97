// What the agent inbox sees: the list item, the conversation view and the handoff brief. The
// inbox UI imports these types; the server builds them from rows (inbox.mappers.ts).
import type { MessageDto } from "@/features/conversations/message.dto";

export type InboxView = "queue" | "mine" | "all" | "resolved" | "leads";
export type ConversationStatusDto = "BOT" | "QUEUED" | "ASSIGNED" | "RESOLVED" | "LEAD_CAPTURE";

export interface InboxConversationDto {
  id: string;
  inbox: { id: string; name: string; channel: "WEB_WIDGET" | "WHATSAPP" };
  status: ConversationStatusDto;
  priority: "LOW" | "NORMAL" | "HIGH" | "URGENT";
  language: string | null;
  currentPage: string | null;
  contact: { id: string; name: string | null; email: string | null; online: boolean; verified: boolean };
  assignee: { id: string; name: string } | null;
  team: { id: string; name: string } | null;
  lastSeq: number;
  lastMessageAt: string;
  /** The last visitor/bot/agent message, plain text, cut to ~140 characters. */
  lastMessagePreview: string | null;
  queuedAt: string | null;
  /** Messages after this agent's read marker (visitor and bot messages only). */
  unread: number;
  /** Reason codes of the open handoff, e.g. ["explicit_request"]. */
  reasons: string[];
  csatScore: number | null;
  /** Made by the onboarding "test handoff": badged "Test" in the list (absent means false). */
  isTest?: boolean;
  createdAt: string;
}

/** View counts stop at this number; the tabs show "999+" from it on (inbox-list.repository.ts). */
export const INBOX_COUNT_CAP = 1000;

export interface InboxCountsDto {
  queue: number;
  mine: number;
  all: number;
  resolved: number;
  leads: number;
}

export interface BotAttemptDto {
  question: string;
  answer: string | null;
  confidence: number | null;
  sources: { id: string; title: string }[];
}

export interface HandoffBriefDto {
  /** 2-3 sentences. */
  summary: string;
  summarySource: "llm" | "extractive";
  intent: string | null;
  language: string | null;
  sentimentTrend: "improving" | "steady" | "worsening";
  contact: { name: string | null; email: string | null; verified: boolean; tier: string | null; attributes: Record<string, unknown> };
  reasons: { code: string; evidence: string | null }[];
  botTried: BotAttemptDto[];
  currentPage: string | null;
}

export interface HandoffDto {
  id: string;
  status: "OPEN" | "CLAIMED" | "RESOLVED" | "CANCELLED";
  brief: HandoffBriefDto | null;
  team: { id: string; name: string } | null;
  requestedAt: string;
  firstNotifiedAt: string | null;
  claimedAt: string | null;
  claimedBy: { id: string; name: string } | null;
  claimedVia: string | null;
  firstHumanReplyAt: string | null;
  resolvedAt: string | null;
  escalationLevel: number;
}

export interface ContactPanelDto {
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  identityVerified: boolean;
  attributes: Record<string, unknown>;
  language: string | null;
  currentPage: string | null;
  lastSeenAt: string | null;
  online: boolean;
  previousConversations: { id: string; status: ConversationStatusDto; createdAt: string; lastMessagePreview: string | null }[];
}

export interface DraftDto {
  id: string;
  conversationId: string;
  body: string;
  confidence: number | null;
  sources: { id: string; title: string }[];
  heldBecause: { reasons?: string[]; tags?: string[]; belowConfidence?: boolean };
  status: "PENDING" | "APPROVED" | "EDITED" | "REJECTED";
  createdAt: string;
}

/** A message with, for WhatsApp conversations, how its delivery went. */
export type InboxMessageDto = MessageDto & { delivery?: { status: "pending" | "sent" | "delivered" | "read" | "failed"; error: string | null } };

/** WhatsApp's 24-hour window: free text only while open; outside it the follow-up template. */
export interface WhatsAppWindowDto {
  open: boolean;
  closesAt: string | null;
  /** The follow-up template agents can send instead; null when none is configured. */
  template: string | null;
}

export interface ConversationDetailDto {
  conversation: InboxConversationDto & { csatComment: string | null };
  messages: InboxMessageDto[];
  handoff: HandoffDto | null;
  contact: ContactPanelDto;
  drafts: DraftDto[];
  /** Null for conversations that are not on WhatsApp. */
  whatsappWindow: WhatsAppWindowDto | null;
}

export interface AgentDto {
  id: string;
  name: string;
  email: string;
  role: string;
  status: "ONLINE" | "AWAY" | "OFFLINE";
  capacity: number;
  openConversations: number;
  languages: string[];
  teamIds: string[];
}

export interface TeamSummaryDto {
  id: string;
  name: string;
  assignmentMode: "POOLED" | "ROUND_ROBIN";
  onlineAgents: number;
}

// The inbox's view of a conversation just queued, built from what requestHandoff already holds
// (its context read, the transaction's rows) instead of reading the conversation back: the
// escalation reaches every inbox without another round of queries between commit and publish.
import type { appendMessage } from "@/features/conversations/conversations.repository";
import type { HandoffDto, InboxConversationDto } from "@/features/inbox/inbox.dto";
import { preview, toHandoffDto } from "@/features/inbox/inbox.mappers";
import type { HandoffContext, insertHandoff } from "./handoff.repository";

type Handoff = Awaited<ReturnType<typeof insertHandoff>>;
type Message = NonNullable<Awaited<ReturnType<typeof appendMessage>>>;

// As getInboxItem's preview: the last message a person or the bot wrote (not system notices).
const PREVIEW_ROLES = new Set(["VISITOR", "BOT", "AGENT"]);

export interface QueuedFacts {
  handoff: Handoff;
  /** The queue notice appended in the same transaction: its seq is the conversation's lastSeq. */
  notice: Message;
  queuedAt: Date;
  teamId: string | null;
  reasonCodes: string[];
  contactOnline: boolean;
}

export function queuedInboxItem(context: HandoffContext, facts: QueuedFacts): InboxConversationDto {
  // The routed team, else the one the conversation already had (queueing keeps it).
  const team = teamById(context, facts.teamId ?? context.teamId);
  const last = context.messages.find((message) => PREVIEW_ROLES.has(message.role));
  return {
    id: context.id,
    inbox: { id: context.inbox.id, name: context.inbox.name, channel: context.inbox.channel },
    status: "QUEUED",
    priority: context.priority,
    language: context.language,
    currentPage: context.currentPage,
    contact: { id: context.contactId, name: context.contact.name, email: context.contact.email, online: facts.contactOnline, verified: context.contact.identityVerified },
    // Only BOT and LEAD_CAPTURE conversations are queued, and neither has an assignee.
    assignee: null,
    team,
    lastSeq: facts.notice.seq,
    lastMessageAt: facts.notice.createdAt.toISOString(),
    lastMessagePreview: preview(last?.body),
    queuedAt: facts.queuedAt.toISOString(),
    unread: 0,
    reasons: [...new Set(facts.reasonCodes)],
    csatScore: context.csatScore,
    createdAt: context.createdAt.toISOString(),
    isTest: context.isTest,
  };
}

export function queuedHandoffDto(context: HandoffContext, handoff: Handoff, firstNotifiedAt: Date): HandoffDto {
  return toHandoffDto({ ...handoff, firstNotifiedAt, team: teamById(context, handoff.teamId), claimedBy: null });
}

export function teamById(context: HandoffContext, teamId: string | null): { id: string; name: string } | null {
  const team = teamId ? context.organization.teams.find((candidate) => candidate.id === teamId) : undefined;
  return team ? { id: team.id, name: team.name } : null;
}

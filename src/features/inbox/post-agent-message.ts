import type { Actor } from "@/features/tenants/actor";
import { toMessageDto } from "@/features/conversations/message.dto";
import { emitConversationEvents, type ConversationEvent } from "@/features/integrations/conversation-events";
import { decideWhatsAppReply, toWhatsAppWindow } from "@/features/whatsapp/whatsapp-window";
import { botPhrase } from "@/lib/bot-phrases";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { presenceOnline } from "@/server/presence";
import { publishToVisitor, publishToWorkspace } from "@/server/publish";
import type { TAgentMessageInput } from "./inbox.schemas";
import { toInboxItemDto } from "./inbox.mappers";
import { getAgentMessageByClientId, markFirstHumanReply, markHandoffClaimed, markRead } from "./inbox.repository";
import { advanceForReply, lockReplyContext, type ReplyContext } from "./reply.repository";

const UNCLAIMED = new Set(["BOT", "QUEUED", "LEAD_CAPTURE"]);

/**
 * An agent's reply or internal note from the inbox. A reply is a human speaking: an unclaimed
 * conversation becomes theirs in the same transaction (with the join notice, as a claim writes
 * it), so the bot cannot answer after it. A reply to a resolved conversation is refused (reopen
 * first: the visitor may have left); notes are always allowed. A repeated clientId returns the
 * stored message.
 *
 * Lean on purpose (a latency bar, README "Benchmarks"): one locking read, then one statement per
 * write (seq and claim, the messages, the handoff only when it changes, the read marker); after the
 * commit the visitor hears first, and everything else is built from the rows in hand.
 */
export async function postAgentMessage({ actor, conversationId, input }: { actor: Actor; conversationId: string; input: TAgentMessageInput }) {
  const { organizationId, userId } = actor;
  const at = new Date();
  const result = await db.$transaction(async (tx) => {
    const context = await lockReplyContext(tx, { organizationId, conversationId, userId, clientId: input.clientId });
    if (!context || !context.member) throw notFound("Conversation");
    if (context.existingMessageId) {
      const existing = await getAgentMessageByClientId(tx, { organizationId, conversationId, clientId: input.clientId });
      if (existing) return { row: existing, created: false as const };
    }
    if (!input.note && context.status === "RESOLVED") {
      throw new AppError("CONVERSATION_RESOLVED", "This conversation is resolved. Reopen it to reply.");
    }
    // WhatsApp: free text outside the 24-hour window is refused (409) unless sent as the template.
    const whatsapp = input.note ? null : decideWhatsAppReply(toWhatsAppWindow(context.whatsapp), input.whatsappTemplate === true);
    const claimBy = !input.note && UNCLAIMED.has(context.status) ? userId : null;
    const lastSeq = await advanceForReply(tx, { organizationId, conversationId, claimBy, at });
    if (lastSeq === null) throw notFound("Conversation");
    const member = context.member;
    const common = { organizationId, conversationId, authorId: userId, authorName: member.name, createdAt: at };
    const joinNotice = {
      ...common,
      seq: lastSeq - 1,
      role: "SYSTEM" as const,
      source: "SYSTEM" as const,
      body: botPhrase("joined", context.language ?? context.contactLanguage, { name: member.name }),
      metadata: { event: "agent_joined", userId, via: "reply" },
    };
    const reply = {
      ...common,
      seq: lastSeq,
      role: input.note ? ("NOTE" as const) : ("AGENT" as const),
      source: "INBOX" as const,
      body: input.text,
      clientId: input.clientId,
      ...(whatsapp?.asTemplate ? { metadata: { whatsappTemplate: true } } : {}),
    };
    const rows = await tx.message.createManyAndReturn({ data: claimBy ? [joinNotice, reply] : [reply] });
    // Handoff bookkeeping only when it changes something (the steady state of a chat writes none).
    if (claimBy && context.hasOpenHandoff) await markHandoffClaimed(tx, { organizationId, conversationId, userId, via: "reply" });
    if (!input.note && context.awaitsFirstHumanReply) await markFirstHumanReply(tx, { organizationId, conversationId });
    await markRead(tx, { organizationId, conversationId, userId, seq: lastSeq });
    const withAuthor = rows.sort((a, b) => a.seq - b.seq).map((row) => ({ ...row, author: { name: member.name, image: member.image } }));
    return { row: withAuthor.at(-1)!, joined: claimBy ? withAuthor[0]! : null, created: true as const, context, lastSeq };
  });
  const message = toMessageDto(result.row);
  if (result.created) await publishReply(organizationId, { ...result, message, note: input.note === true, userId, at });
  return { message, created: result.created };
}

interface PublishedReply {
  message: ReturnType<typeof toMessageDto>;
  joined: Parameters<typeof toMessageDto>[0] | null;
  context: ReplyContext;
  lastSeq: number;
  note: boolean;
  userId: string;
  at: Date;
}

/** After the commit: the visitor first, then the inboxes (the list item from rows in hand), then one round trip of jobs. */
async function publishReply(organizationId: string, { message, joined, context, lastSeq, note, userId, at }: PublishedReply) {
  const joinDto = joined ? toMessageDto(joined) : null;
  if (joinDto) publishToVisitor(context.contactId, "message:created", joinDto);
  if (!note) publishToVisitor(context.contactId, "message:created", message);
  if (joinDto) publishToWorkspace(organizationId, "message:created", joinDto);
  publishToWorkspace(organizationId, "message:created", message);

  const events: ConversationEvent[] = [];
  if (joined) events.push({ type: "conversation.claimed", organizationId, conversationId: context.id, userId, via: "reply" });
  events.push({ type: "message.created", organizationId, conversationId: context.id, messageId: message.id });
  const [online] = await Promise.all([presenceOnline("visitors", organizationId, [context.contactId]), emitConversationEvents(events)]);

  const assignee = joined ? { id: userId, name: context.member!.name, image: context.member!.image } : context.assigneeId ? { id: context.assigneeId, name: context.assigneeName!, image: context.assigneeImage } : null;
  const status = joined ? "ASSIGNED" : context.status;
  const handoffStatus = joined && context.handoffStatus === "OPEN" ? "CLAIMED" : context.handoffStatus;
  const preview = note ? context.previewBody : message.body;
  const item = toInboxItemDto(
    {
      id: context.id,
      inbox: { id: context.inboxId, name: context.inboxName, channel: context.inboxChannel },
      status,
      priority: context.priority,
      language: context.language,
      currentPage: context.currentPage,
      contact: { id: context.contactId, name: context.contactName, email: context.contactEmail, identityVerified: context.contactVerified },
      assignee,
      team: context.teamId ? { id: context.teamId, name: context.teamName! } : null,
      lastSeq,
      lastMessageAt: at,
      queuedAt: context.queuedAt,
      csatScore: context.csatScore,
      isTest: context.isTest,
      createdAt: context.createdAt,
      handoffs: handoffStatus ? [{ status: handoffStatus, reasons: context.handoffReasons }] : [],
      reads: [],
      messages: preview === null ? [] : [{ body: preview }],
    },
    online.has(context.contactId),
  );
  // In the broadcast `unread` is 0: each inbox counts the messages it receives itself.
  publishToWorkspace(organizationId, "conversation:updated", { ...item, unread: 0 });
  if (joined) publishToVisitor(context.contactId, "conversation:updated", { id: context.id, status, ...(assignee ? { assignee: { name: assignee.name, avatarUrl: assignee.image } } : {}) });
}

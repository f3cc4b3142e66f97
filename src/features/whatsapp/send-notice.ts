// The "whatsapp.notice" job: short service messages to an agent's phone (you have it, someone else
// took it, resolved, passed...). They are not conversation messages, so they have no delivery row:
// the job id keeps them single, and one lost notice costs nothing the inbox does not show anyway.
import { findRecentMessages } from "@/features/conversations/conversations.repository";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { getConversationForChannel } from "./deliveries.repository";
import { RetryLater } from "./retry-later";
import { WhatsAppApiError } from "./graph-client";
import { customerLabel, textBody } from "./outbound-text";
import { senderFor } from "./prepare-delivery";
import { sendWithLimits } from "./send-with-limits";
import { withLock } from "./send-limits";
import type { NoticeKind } from "./notice-kinds";


export interface NoticeJob {
  organizationId: string;
  /** The agent's WhatsApp number. */
  target: string;
  kind: NoticeKind;
  conversationId?: string;
}

const TRANSCRIPT_LINES = 6;

export async function sendNotice({ organizationId, target, kind, conversationId }: NoticeJob) {
  const conversation = conversationId ? await getConversationForChannel(db, { organizationId, conversationId }) : null;
  const account = await senderFor(organizationId, conversation?.inboxId ?? "");
  if (!account) return { sent: false };
  const text = await noticeText(kind, organizationId, conversation);
  const run = await withLock([organizationId, target], 15_000, async () => {
    try {
      return (await sendWithLimits(account, target, textBody(text))).wamid;
    } catch (error) {
      if (error instanceof WhatsAppApiError && error.retriable) throw new RetryLater(error.message);
      // Outside the agent's own 24-hour window a notice cannot be delivered; the inbox still shows everything.
      logger.warn({ organizationId, kind, err: error instanceof Error ? error.message : error }, "whatsapp notice not delivered");
      return null;
    }
  });
  if (!run.ran) throw new RetryLater("Another worker is sending to this number");
  return { sent: run.value !== null };
}

type Conversation = Awaited<ReturnType<typeof getConversationForChannel>>;

async function noticeText(kind: NoticeKind, organizationId: string, conversation: Conversation): Promise<string> {
  const customer = conversation ? customerLabel(conversation.contact) : "the customer";
  const holder = conversation?.assignee?.name ?? "Someone else";
  switch (kind) {
    case "claimed":
      return `You have the conversation with ${customer}. Reply here and your messages go to them, until it is resolved.\n\n${await recentLines(organizationId, conversation)}`;
    case "taken":
      return `${holder} took the conversation with ${customer}.`;
    case "already_claimed":
      return `${holder} already has the conversation with ${customer}.`;
    case "claim_refused":
      return `The conversation with ${customer} cannot be claimed any more (it was resolved or is no longer waiting).`;
    case "passed":
      return `Passed. The conversation with ${customer} stays in the queue for your colleagues.`;
    case "resolved":
      return `The conversation with ${customer} is resolved. Your messages here no longer go to them.`;
    case "no_conversation":
      return "You have no conversation open from WhatsApp, so this message went nowhere. Tap Claim on an alert to take one.";
  }
}

async function recentLines(organizationId: string, conversation: Conversation): Promise<string> {
  if (!conversation) return "";
  const rows = await findRecentMessages(db, { organizationId, conversationId: conversation.id, take: 20 });
  const lines = rows
    .filter((row) => row.role === "VISITOR" || row.role === "BOT" || row.role === "AGENT")
    .slice(-TRANSCRIPT_LINES)
    .map((row) => `${row.role === "VISITOR" ? "Customer" : row.role === "BOT" ? "Bot" : (row.authorName ?? "Agent")}: ${row.body.replace(/\s+/g, " ").slice(0, 300)}`);
  return lines.length ? `Last messages:\n${lines.join("\n")}` : "";
}

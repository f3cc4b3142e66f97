// A message from an agent's own number: the agent console. A Claim button claims the conversation
// (the same conditional update as the inbox and Slack, so the first claim anywhere wins); Pass
// leaves it to colleagues; text goes to the customer of the conversation the agent claimed from
// WhatsApp (the one their WhatsApp reply quotes, else the latest claimed).
import { claimConversation } from "@/features/inbox/claim-conversation";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { queueNotice } from "./handle-conversation-event";
import { findConsoleConversations, findConversationByOutboundWamid, getHandoffForClaim, recordInboundEvent } from "./inbound.repository";
import { CLAIM_PREFIX, PASS_PREFIX } from "./outbound-text";
import { relayAgentReply } from "./relay-agent-reply";
import { safeJobKey } from "./stage-inbound";
import type { InboundMessage } from "./webhook-payload";

export interface ConsoleAgent {
  userId: string;
  name: string;
}

export async function receiveAgentMessage({ organizationId, agent, message }: { organizationId: string; agent: ConsoleAgent; message: InboundMessage }) {
  const { content } = message;
  const payload = content.type === "button" ? content.payload : "";
  if (payload.startsWith(CLAIM_PREFIX) || payload.startsWith(PASS_PREFIX)) {
    // Button taps are not messages; InboundEvent is what makes a redelivered tap do nothing.
    if (!(await recordInboundEvent(db, { externalId: message.wamid }))) return { duplicate: true };
    const claim = payload.startsWith(CLAIM_PREFIX);
    const handoff = await getHandoffForClaim(db, { organizationId, handoffId: payload.slice(claim ? CLAIM_PREFIX.length : PASS_PREFIX.length) });
    if (!handoff) return { ignored: true };
    if (!claim) return notice(organizationId, message, "passed", handoff.conversationId);
    return claimFromWhatsApp(organizationId, agent, message, handoff.conversationId);
  }
  if (content.type === "unsupported") return { ignored: true };

  const text = content.type === "text" ? content.text : content.text || content.payload;
  const conversationId = await consoleConversation(organizationId, agent.userId, message.contextId);
  if (!conversationId) {
    if (!(await recordInboundEvent(db, { externalId: message.wamid }))) return { duplicate: true };
    return notice(organizationId, message, "no_conversation");
  }
  return relayAgentReply({ organizationId, conversationId, userId: agent.userId, authorName: agent.name, wamid: message.wamid, text });
}

async function claimFromWhatsApp(organizationId: string, agent: ConsoleAgent, message: InboundMessage, conversationId: string) {
  try {
    await claimConversation({ organizationId, conversationId, userId: agent.userId, via: "whatsapp" });
    // The "you have it" notice follows from the conversation.claimed event.
    return { claimed: true };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "ALREADY_CLAIMED") return notice(organizationId, message, "already_claimed", conversationId);
    if (error.code === "CONVERSATION_RESOLVED" || error.code === "NOT_FOUND") return notice(organizationId, message, "claim_refused", conversationId);
    throw error;
  }
}

/** Which of the agent's WhatsApp-claimed conversations a text is for. */
async function consoleConversation(organizationId: string, userId: string, contextId: string | null): Promise<string | null> {
  const mine = await findConsoleConversations(db, { organizationId, userId });
  if (contextId) {
    const quoted = await findConversationByOutboundWamid(db, { organizationId, wamid: contextId });
    if (quoted && mine.some((conversation) => conversation.id === quoted)) return quoted;
  }
  return mine[0]?.id ?? null;
}

async function notice(organizationId: string, message: InboundMessage, kind: Parameters<typeof queueNotice>[2], conversationId?: string) {
  await queueNotice(organizationId, message.from, kind, conversationId, safeJobKey(message.wamid));
  return { notice: kind };
}

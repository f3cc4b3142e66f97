import { randomUUID } from "node:crypto";
import { appendMessage, findRecentMessages, getMessage } from "@/features/conversations/conversations.repository";
import { toMessageDto } from "@/features/conversations/message.dto";
import { getOrganizationWithSettings } from "@/features/tenants/tenants.repository";
import { agentsAnswerFirst } from "@/features/handoff/bot-modes";
import { evaluateVisitorMessage } from "@/features/triggers/evaluate-visitor-message";
import type { Visitor } from "@/features/widget/visitor";
import { botPhrase } from "@/lib/bot-phrases";
import { emitConversationEvent } from "@/features/integrations/conversation-events";
import { db } from "@/server/db";
import { publishToVisitor, publishToWorkspace } from "@/server/publish";
import { holdForApproval } from "@/features/drafts/hold-for-approval";
import { mayHold, policyFrom } from "@/features/drafts/draft-policy";
import { DEFAULT_CONFIDENCE_THRESHOLD } from "./embedded";
import { getResponder } from "./get-responder";
import type { ResponderTurn } from "./responder.types";

const HISTORY_MESSAGES = 20;

export interface ReplyToVisitorOptions {
  visitor: Visitor;
  /** The visitor message to answer. */
  messageId: string;
}

/**
 * What happens after a visitor message: the trigger engine decides whether a person is needed
 * (then the conversation is handed off and the bot says so); otherwise the bot answers. The answer
 * is written only while the conversation is still the bot's: if a human took over while it was
 * being produced, it is dropped.
 */
export async function replyToVisitor({ visitor, messageId }: ReplyToVisitorOptions) {
  const { organizationId, contactId } = visitor;
  const message = await getMessage(db, { organizationId, messageId });
  if (!message || message.conversation.status !== "BOT") return null;
  const conversation = message.conversation;
  // Agents-first inboxes (bot modes) hand the conversation to people before the bot says anything.
  if (await agentsAnswerFirst({ organizationId, conversationId: conversation.id })) return null;
  // The trigger engine decides first: a visitor who needs a person gets one, not another bot answer.
  const evaluation = await evaluateVisitorMessage({ organizationId, conversationId: conversation.id, messageId });
  if (evaluation?.handedOff) return null;
  const offerHuman = evaluation?.decision.action?.type === "offer_human";
  const language = evaluation?.decision.language ?? conversation.language ?? conversation.contact.language;
  const [organization, recent] = await Promise.all([
    getOrganizationWithSettings(db, { organizationId }),
    findRecentMessages(db, { organizationId, conversationId: conversation.id, take: HISTORY_MESSAGES }),
  ]);
  const history: ResponderTurn[] = recent
    .filter((row) => row.seq < message.seq && (row.role === "VISITOR" || row.role === "BOT" || row.role === "AGENT"))
    .map((row) => ({ role: row.role === "VISITOR" ? "visitor" : row.role === "BOT" ? "bot" : "agent", text: row.body }));

  const streamId = randomUUID();
  const policy = policyFrom(organization?.settings);
  const reasonCodes = evaluation?.decision.reasons.map((reason) => reason.code) ?? [];
  let held = false;
  publishToVisitor(contactId, "bot:typing", { typing: true });
  try {
    const responder = await getResponder(organizationId);
    const result = await responder.answer({
      question: message.body,
      history,
      language,
      botName: organization?.settings?.botName ?? "Assistant",
      threshold: organization?.settings?.confidenceThreshold ?? DEFAULT_CONFIDENCE_THRESHOLD,
      // An answer that may be held for approval must not reach the visitor token by token.
      onDelta: mayHold(policy) ? undefined : (text) => publishToVisitor(contactId, "message:delta", { streamId, text }),
    });
    const body = result.answer ?? botPhrase(result.failure ? "failed" : "dontKnow", language);
    if (result.answer !== null && mayHold(policy)) {
      held = await holdForApproval({ organizationId, conversationId: conversation.id, replyToSeq: message.seq, policy, reasonCodes, result });
      if (held) return null;
    }
    const row = await db.$transaction((tx) =>
      appendMessage(tx, {
        organizationId,
        conversationId: conversation.id,
        onlyIfStatus: ["BOT"],
        message: {
          role: "BOT",
          source: "SYSTEM",
          body,
          botConfidence: result.confidence,
          metadata: {
            streamId,
            offerHuman: offerHuman || result.answer === null,
            responder: responder.kind,
            intent: result.intent,
            sources: result.sources.map((source) => ({ ...source })),
            ...(result.failure ? { failure: result.failure } : {}),
          },
        },
      }),
    );
    if (!row) return null;
    const dto = toMessageDto(row);
    publishToVisitor(contactId, "message:created", dto);
    publishToWorkspace(organizationId, "message:created", dto);
    await emitConversationEvent({ type: "message.created", organizationId, conversationId: conversation.id, messageId: dto.id });
    return dto;
  } finally {
    // A held answer keeps the visitor's "typing" on until an agent decides (decide-draft.ts).
    if (!held) publishToVisitor(contactId, "bot:typing", { typing: false });
  }
}

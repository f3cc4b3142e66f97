import { randomUUID } from "node:crypto";
import { appendMessage } from "@/features/conversations/conversations.repository";
import { toMessageDto } from "@/features/conversations/message.dto";
import { agentsAnswerFirst } from "@/features/handoff/bot-modes";
import { decideOnVisitorMessage, handOffOnDecision, recordEvaluation, type TriggerDecision } from "@/features/triggers/evaluate-visitor-message";
import type { Visitor } from "@/features/widget/visitor";
import { botPhrase } from "@/lib/bot-phrases";
import { emitConversationEvent } from "@/features/integrations/conversation-events";
import { db } from "@/server/db";
import { publishToVisitor, publishToWorkspace } from "@/server/publish";
import { holdForApproval } from "@/features/drafts/hold-for-approval";
import { mayHold, policyFrom } from "@/features/drafts/draft-policy";
import { getBotTurnContext, type BotTurnContext } from "./bot-turn.repository";
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
 *
 * The time to the first streamed token has a bar (README "Benchmarks"), so one statement reads the
 * whole context, the rules run on it in memory, and the model is asked at once; the evaluation is
 * stored while the model thinks. In bot-when-offline inboxes whether people answer first is known
 * only after a few reads: the model starts anyway, its text waits, and it is aborted (nothing
 * stored) if people take the conversation.
 */
export async function replyToVisitor({ visitor, messageId }: ReplyToVisitorOptions) {
  const { organizationId } = visitor;
  const turn = await getBotTurnContext(db, { organizationId, messageId });
  if (!turn || turn.conversation.status !== "BOT") return null;
  const conversationId = turn.conversation.id;
  const mode = turn.inbox.botMode;
  // Agents-only inboxes hand the conversation to people before the bot says anything.
  if (mode === "AGENTS_ONLY") return agentsAnswerFirst({ organizationId, conversationId }).then(() => null);
  const peopleFirst = mode === "BOT_WHEN_OFFLINE" ? () => agentsAnswerFirst({ organizationId, conversationId }) : null;
  const decision = decideOnVisitorMessage(
    { ...turn.conversation, messages: turn.messages, contact: turn.contact, channel: turn.inbox.channel, businessHours: turn.inbox.businessHours, rules: turn.rules },
    messageId,
  );
  // The trigger engine decides first: a visitor who needs a person gets one, not another bot answer.
  if (decision.escalate) {
    if (peopleFirst && (await peopleFirst())) return null;
    await recordEvaluation({ organizationId, conversationId, messageId, decision, currentLanguage: turn.conversation.language });
    await handOffOnDecision({ organizationId, conversationId, decision });
    return null;
  }
  return answerVisitor({ visitor, turn, decision, peopleFirst });
}

async function answerVisitor({ visitor, turn, decision, peopleFirst }: { visitor: Visitor; turn: BotTurnContext; decision: TriggerDecision; peopleFirst: (() => Promise<boolean>) | null }) {
  const { organizationId, contactId } = visitor;
  const { conversation, message, settings } = turn;
  const offerHuman = decision.action?.type === "offer_human";
  const language = decision.language ?? conversation.language ?? turn.contact.language;
  const history: ResponderTurn[] = turn.messages
    .slice(0, HISTORY_MESSAGES)
    .reverse()
    .filter((row) => row.seq < message.seq && (row.role === "VISITOR" || row.role === "BOT" || row.role === "AGENT"))
    .map((row) => ({ role: row.role === "VISITOR" ? "visitor" : row.role === "BOT" ? "bot" : "agent", text: row.body }));

  const streamId = randomUUID();
  const policy = policyFrom(settings);
  const reasonCodes = decision.reasons.map((reason) => reason.code);
  const abort = new AbortController();
  // Streamed text waits here until the bot is sure to keep the conversation (bot-when-offline).
  let waiting: string[] | null = peopleFirst ? [] : null;
  const stream = (text: string) => (waiting ? waiting.push(text) : publishToVisitor(contactId, "message:delta", { streamId, text }));
  let held = false;
  let typing = false;
  const startTyping = () => {
    typing = true;
    publishToVisitor(contactId, "bot:typing", { typing: true });
  };
  try {
    const responder = await getResponder(organizationId, { knowledgeVersion: turn.knowledgeVersion });
    if (!peopleFirst) startTyping();
    const answering = responder.answer({
      question: message.body,
      history,
      language,
      botName: settings?.botName ?? "Assistant",
      threshold: settings?.confidenceThreshold ?? DEFAULT_CONFIDENCE_THRESHOLD,
      // An answer that may be held for approval must not reach the visitor token by token.
      onDelta: mayHold(policy) ? undefined : stream,
      signal: abort.signal,
    });
    if (peopleFirst) {
      const taken = await peopleFirst().catch((error: unknown) => {
        abort.abort();
        throw error;
      });
      if (taken) {
        abort.abort();
        await answering;
        return null;
      }
      startTyping();
      const buffered = waiting!.join("");
      waiting = null;
      if (buffered) publishToVisitor(contactId, "message:delta", { streamId, text: buffered });
    }
    const recorded = recordEvaluation({ organizationId, conversationId: conversation.id, messageId: message.id, decision, currentLanguage: conversation.language }).catch((error: unknown) => {
      abort.abort();
      throw error;
    });
    const [result] = await Promise.all([answering, recorded]);
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
    if (typing && !held) publishToVisitor(contactId, "bot:typing", { typing: false });
  }
}

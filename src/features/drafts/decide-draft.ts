import { appendMessage } from "@/features/conversations/conversations.repository";
import { toMessageDto } from "@/features/conversations/message.dto";
import { toDraftDto } from "@/features/inbox/inbox.mappers";
import { botPhrase } from "@/lib/bot-phrases";
import { emitConversationEvent } from "@/features/integrations/conversation-events";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { publishToVisitor, publishToWorkspace } from "@/server/publish";
import { decideDraftRow, getDraft, linkDraftMessage } from "./drafts.repository";

export interface DecideDraftOptions {
  organizationId: string;
  draftId: string;
  userId: string;
  via: "inbox" | "slack";
  decision: "approve" | "reject";
  /** An edited answer; the same text as the draft counts as a plain approval. */
  text?: string;
}

/**
 * An agent approves (optionally edited) or rejects a held bot answer. Approved text reaches the
 * visitor as the bot's message; a rejection tells the visitor the bot is unsure and offers a
 * person. Only while the conversation is still the bot's: once a human has it, reply directly.
 */
export async function decideDraft({ organizationId, draftId, userId, via, decision, text }: DecideDraftOptions) {
  const draft = await getDraft(db, { organizationId, draftId });
  if (!draft) throw notFound("Draft");
  const edited = decision === "approve" && text !== undefined && text !== draft.body;
  const status = decision === "reject" ? "REJECTED" : edited ? "EDITED" : "APPROVED";
  const message = await db.$transaction(async (tx) => {
    if (!(await decideDraftRow(tx, { organizationId, draftId, status, userId, via, body: edited ? text : undefined }))) {
      throw new AppError("DRAFT_DECIDED", "Someone already decided on this draft");
    }
    const row = await appendMessage(tx, {
      organizationId,
      conversationId: draft.conversationId,
      onlyIfStatus: ["BOT"],
      message: {
        role: "BOT",
        source: "SYSTEM",
        body: decision === "reject" ? botPhrase("dontKnow", draft.conversation.language) : edited ? text! : draft.body,
        botConfidence: decision === "reject" ? undefined : (draft.confidence ?? undefined),
        metadata: { draftId, draftStatus: status, decidedBy: userId, offerHuman: decision === "reject", sources: draft.sources ?? [] },
      },
    });
    if (!row) throw new AppError("CONFLICT", "A person has taken over this conversation; reply to the visitor directly");
    await linkDraftMessage(tx, { draftId, messageId: row.id });
    return row;
  });
  const dto = toMessageDto(message);
  publishToVisitor(draft.conversation.contactId, "bot:typing", { typing: false });
  publishToVisitor(draft.conversation.contactId, "message:created", dto);
  publishToWorkspace(organizationId, "message:created", dto);
  const decided = await getDraft(db, { organizationId, draftId });
  publishToWorkspace(organizationId, "draft:decided", toDraftDto(decided!));
  await emitConversationEvent({ type: "draft.decided", organizationId, conversationId: draft.conversationId, draftId });
  await emitConversationEvent({ type: "message.created", organizationId, conversationId: draft.conversationId, messageId: dto.id });
  return { message: dto, draft: toDraftDto(decided!) };
}

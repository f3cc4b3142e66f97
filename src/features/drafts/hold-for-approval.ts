import { toDraftDto } from "@/features/inbox/inbox.mappers";
import { emitConversationEvent } from "@/features/integrations/conversation-events";
import { db } from "@/server/db";
import { publishToWorkspace } from "@/server/publish";
import { heldBecause, type DraftPolicy } from "./draft-policy";
import { findEntryTags, insertDraft } from "./drafts.repository";

interface Answer {
  answer: string | null;
  confidence: number;
  sources: { entryId: string; title: string }[];
}

/** Stores the answer as a draft for an agent when the policy says so; true when held. */
export async function holdForApproval({
  organizationId,
  conversationId,
  replyToSeq,
  policy,
  reasonCodes,
  result,
}: {
  organizationId: string;
  conversationId: string;
  replyToSeq: number;
  policy: DraftPolicy;
  reasonCodes: string[];
  result: Answer;
}): Promise<boolean> {
  const entries = policy.tags.length ? await findEntryTags(db, { organizationId, entryIds: result.sources.map((source) => source.entryId) }) : [];
  const because = heldBecause(policy, { reasonCodes, tags: entries.flatMap((entry) => entry.tags), confidence: result.confidence });
  if (!because || result.answer === null) return false;
  const draft = await insertDraft(db, {
    organizationId,
    conversationId,
    replyToSeq,
    body: result.answer,
    confidence: result.confidence,
    sources: result.sources.map((source) => ({ id: source.entryId, title: source.title })),
    heldBecause: because,
  });
  publishToWorkspace(organizationId, "draft:created", toDraftDto(draft));
  await emitConversationEvent({ type: "draft.created", organizationId, conversationId, draftId: draft.id });
  return true;
}

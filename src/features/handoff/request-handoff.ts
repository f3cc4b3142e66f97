import { appendMessage, getConversation } from "@/features/conversations/conversations.repository";
import { toMessageDto } from "@/features/conversations/message.dto";
import { botPhrase } from "@/lib/bot-phrases";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { publishToVisitor, publishToWorkspace } from "@/server/publish";
import { countQueuedAhead, findRecentClaims, insertHandoff, queueConversation } from "./handoff.repository";
import { estimateWaitSecs } from "./wait-estimate";

export interface HandoffReason {
  code: string;
  ruleId?: string | null;
  evidence?: Record<string, unknown>;
}

export interface RequestHandoffOptions {
  organizationId: string;
  conversationId: string;
  reasons: HandoffReason[];
  teamId?: string | null;
}

const CLAIMS_FOR_ESTIMATE = 20;

/**
 * Hands a bot conversation to the humans: QUEUED, a Handoff row with the reasons, and a message
 * telling the visitor, in their language, their place in line and an honest wait. Asking again
 * while already queued or assigned changes nothing.
 */
export async function requestHandoff({ organizationId, conversationId, reasons, teamId }: RequestHandoffOptions) {
  const result = await db.$transaction(async (tx) => {
    const conversation = await getConversation(tx, { organizationId, conversationId });
    if (!conversation) throw notFound("Conversation");
    if (!(await queueConversation(tx, { organizationId, conversationId, teamId }))) {
      return { queued: false as const, status: conversation.status };
    }
    const handoff = await insertHandoff(tx, { organizationId, conversationId, teamId, reasons, brief: {} });
    const queuePosition = await countQueuedAhead(tx, { organizationId, queuedAt: new Date() });
    const waitEstimateSecs = estimateWaitSecs(await findRecentClaims(tx, { organizationId, take: CLAIMS_FOR_ESTIMATE }));
    const language = conversation.language;
    const body = waitEstimateSecs
      ? botPhrase("queuedWait", language, { position: queuePosition, minutes: Math.round(waitEstimateSecs / 60) })
      : botPhrase("queued", language, { position: queuePosition });
    const message = await appendMessage(tx, {
      organizationId,
      conversationId,
      message: { role: "SYSTEM", source: "SYSTEM", body, metadata: { handoffId: handoff.id, queuePosition, waitEstimateSecs } },
    });
    return { queued: true as const, status: "QUEUED" as const, handoffId: handoff.id, queuePosition, waitEstimateSecs, message: message!, contactId: conversation.contactId };
  });
  if (!result.queued) return { conversation: { id: conversationId, status: result.status } };
  const update = { id: conversationId, status: result.status, queuePosition: result.queuePosition, waitEstimateSecs: result.waitEstimateSecs };
  const message = toMessageDto(result.message);
  publishToVisitor(result.contactId, "message:created", message);
  publishToVisitor(result.contactId, "conversation:updated", update);
  publishToWorkspace(organizationId, "message:created", message);
  publishToWorkspace(organizationId, "conversation:updated", { ...update, handoffId: result.handoffId, reasons });
  return { conversation: update, handoffId: result.handoffId };
}

import type { Actor } from "@/features/tenants/actor";
import { appendMessage } from "@/features/conversations/conversations.repository";
import { toMessageDto } from "@/features/conversations/message.dto";
import { botPhrase } from "@/lib/bot-phrases";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { publishToVisitor, publishToWorkspace } from "@/server/publish";
import { closeHandoffs, getConversationWithAssignee, setStatus } from "./inbox.repository";
import { publishConversation } from "./publish-conversation";

/** The humans step out: the bot answers again, and the visitor is told so in their language. */
export async function handBackToBot({ actor, conversationId }: { actor: Actor; conversationId: string }) {
  const { organizationId } = actor;
  const result = await db.$transaction(async (tx) => {
    const conversation = await getConversationWithAssignee(tx, { organizationId, conversationId });
    if (!conversation) throw notFound("Conversation");
    const moved = await setStatus(tx, { organizationId, conversationId, from: ["QUEUED", "ASSIGNED", "LEAD_CAPTURE"], data: { status: "BOT", assigneeId: null } });
    if (!moved) return null;
    await closeHandoffs(tx, { organizationId, conversationId });
    const row = await appendMessage(tx, {
      organizationId,
      conversationId,
      message: { role: "SYSTEM", source: "SYSTEM", body: botPhrase("handedBack", conversation.language ?? conversation.contact.language), metadata: { event: "handed_back", userId: actor.userId } },
    });
    return { row: row!, contactId: conversation.contactId };
  });
  if (result) {
    const dto = toMessageDto(result.row);
    publishToVisitor(result.contactId, "message:created", dto);
    publishToWorkspace(organizationId, "message:created", dto);
  }
  return { conversation: await publishConversation(organizationId, conversationId) };
}

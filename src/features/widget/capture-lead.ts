import { appendMessage, getOpenConversation, insertConversation, lockContact } from "@/features/conversations/conversations.repository";
import { toMessageDto } from "@/features/conversations/message.dto";
import { emitConversationEvent } from "@/features/integrations/conversation-events";
import { db } from "@/server/db";
import { publishToVisitor, publishToWorkspace } from "@/server/publish";
import { publishConversation } from "@/features/inbox/publish-conversation";
import type { Visitor } from "./visitor";
import { markLeadCapture, updateContactIdentity } from "./widget.repository";
import type { TLeadInput } from "./widget.schemas";

/**
 * The offline / lead form: the visitor leaves a name, an email and a question for the team to
 * follow up. The conversation goes to LEAD_CAPTURE (unless a human already has it).
 */
export async function captureLead({ visitor, input }: { visitor: Visitor; input: TLeadInput }) {
  const { organizationId, contactId, inboxId } = visitor;
  const message = await db.$transaction(async (tx) => {
    await lockContact(tx, { contactId });
    const conversation = (await getOpenConversation(tx, { organizationId, contactId, inboxId })) ?? (await insertConversation(tx, { organizationId, inboxId, contactId }));
    await updateContactIdentity(tx, { organizationId, contactId, data: { name: input.name, email: input.email, attributes: {}, identityVerified: false } });
    await markLeadCapture(tx, { organizationId, conversationId: conversation.id });
    return appendMessage(tx, {
      organizationId,
      conversationId: conversation.id,
      message: { role: "VISITOR", source: "WIDGET", body: input.question, clientId: input.clientId, metadata: { lead: { name: input.name, email: input.email } } },
    });
  });
  const dto = toMessageDto(message!);
  publishToVisitor(contactId, "message:created", dto);
  publishToWorkspace(organizationId, "lead:created", { conversationId: dto.conversationId, name: input.name, email: input.email });
  publishToWorkspace(organizationId, "message:created", dto);
  // The Leads view shows the new name and email at once.
  await publishConversation(organizationId, dto.conversationId, { toVisitor: false });
  await emitConversationEvent({ type: "message.created", organizationId, conversationId: dto.conversationId, messageId: dto.id });
  return { message: dto };
}

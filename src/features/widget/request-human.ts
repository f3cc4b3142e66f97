import { requestHandoff } from "@/features/handoff/request-handoff";
import { getOpenConversation, insertConversation, lockContact } from "@/features/conversations/conversations.repository";
import { db } from "@/server/db";
import type { Visitor } from "./visitor";

/** The widget's "Talk to a human" control: always honoured, even before the first message. */
export async function requestHuman({ visitor }: { visitor: Visitor }) {
  const { organizationId, contactId, inboxId } = visitor;
  const conversation = await db.$transaction(async (tx) => {
    await lockContact(tx, { contactId });
    return (await getOpenConversation(tx, { organizationId, contactId, inboxId })) ?? insertConversation(tx, { organizationId, inboxId, contactId });
  });
  return requestHandoff({
    organizationId,
    conversationId: conversation.id,
    reasons: [{ code: "explicit_request", ruleId: null, evidence: { via: "widget_button" } }],
  });
}

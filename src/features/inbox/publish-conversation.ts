// Realtime fan-out after a conversation changes: agents get the whole list item (so every inbox
// moves it between views without refetching), the visitor gets the status and who is helping.
import { db } from "@/server/db";
import { presenceOnline } from "@/server/presence";
import { publishToVisitor, publishToWorkspace } from "@/server/publish";
import type { InboxConversationDto } from "./inbox.dto";
import { getInboxItem } from "./inbox.repository";
import { toInboxItemDto } from "./inbox.mappers";

/**
 * Loads the conversation as a list item and sends `conversation:updated` to the workspace and the
 * visitor. In the broadcast `unread` is 0: each inbox counts the messages it receives itself.
 */
export async function publishConversation(organizationId: string, conversationId: string, { toVisitor = true } = {}): Promise<InboxConversationDto | null> {
  const row = await getInboxItem(db, { organizationId, conversationId, userId: "" });
  if (!row) return null;
  const online = await presenceOnline("visitors", organizationId, [row.contactId]);
  const item = { ...toInboxItemDto(row, online.has(row.contactId)), unread: 0 };
  publishToWorkspace(organizationId, "conversation:updated", item);
  if (toVisitor) {
    const assignee = row.assignee;
    publishToVisitor(row.contactId, "conversation:updated", {
      id: row.id,
      status: row.status,
      ...(assignee ? { assignee: { name: assignee.name, avatarUrl: assignee.image } } : {}),
    });
  }
  return item;
}

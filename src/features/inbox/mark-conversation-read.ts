import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { getConversationWithAssignee, markRead } from "./inbox.repository";

export async function markConversationRead({ actor, conversationId, seq }: { actor: Actor; conversationId: string; seq: number }) {
  const { organizationId, userId } = actor;
  const conversation = await getConversationWithAssignee(db, { organizationId, conversationId });
  if (!conversation) throw notFound("Conversation");
  await markRead(db, { organizationId, conversationId, userId, seq: Math.min(seq, conversation.lastSeq) });
}

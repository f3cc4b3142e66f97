import type { z } from "zod";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { findAllMessagesAfter, findConversations as findRows, getConversationSummary } from "./conversations.repository";
import type { ZConversationListQuery } from "./conversations.schemas";
import { toConversationDto } from "./conversation.dto";
import { toMessageDto } from "./message.dto";

export async function findConversations({ organizationId, query }: { organizationId: string; query: z.infer<typeof ZConversationListQuery> }) {
  const rows = await findRows(db, { organizationId, status: query.status, take: query.limit, before: query.before ? new Date(query.before) : undefined });
  const conversations = rows.map(toConversationDto);
  return { conversations, nextBefore: rows.length === query.limit ? conversations.at(-1)?.lastMessageAt ?? null : null };
}

export async function getConversationDetail({ organizationId, conversationId }: { organizationId: string; conversationId: string }) {
  const row = await getConversationSummary(db, { organizationId, conversationId });
  if (!row) throw notFound("Conversation");
  return toConversationDto(row);
}

export async function findConversationMessages({ organizationId, conversationId, after, limit }: { organizationId: string; conversationId: string; after: number; limit: number }) {
  await getConversationDetail({ organizationId, conversationId });
  const rows = await findAllMessagesAfter(db, { organizationId, conversationId, afterSeq: after, take: limit });
  return { messages: rows.map(toMessageDto) };
}

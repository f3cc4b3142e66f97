import type { DraftStatus, Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";

export function insertDraft(
  db: DbClient,
  data: { organizationId: string; conversationId: string; replyToSeq: number; body: string; confidence: number | null; sources: object[]; heldBecause: object },
) {
  return db.botDraft.create({ data: { ...data, sources: data.sources as Prisma.InputJsonValue, heldBecause: data.heldBecause as Prisma.InputJsonValue } });
}

/** PENDING -> decided in one conditional update: two agents (or Slack and the inbox) cannot both decide. */
export async function decideDraftRow(
  db: DbClient,
  { organizationId, draftId, status, userId, via, body }: { organizationId: string; draftId: string; status: DraftStatus; userId: string; via: string; body?: string },
) {
  const { count } = await db.botDraft.updateMany({
    where: { id: draftId, organizationId, status: "PENDING" },
    data: { status, decidedById: userId, decidedVia: via, decidedAt: new Date(), ...(body ? { body } : {}) },
  });
  return count === 1;
}

export function getDraft(db: DbClient, { organizationId, draftId }: { organizationId: string; draftId: string }) {
  return db.botDraft.findFirst({ where: { id: draftId, organizationId }, include: { conversation: { select: { contactId: true, language: true } } } });
}

export function linkDraftMessage(db: DbClient, { draftId, messageId }: { draftId: string; messageId: string }) {
  return db.botDraft.update({ where: { id: draftId }, data: { messageId } });
}

export function findEntryTags(db: DbClient, { organizationId, entryIds }: { organizationId: string; entryIds: string[] }) {
  if (entryIds.length === 0) return Promise.resolve([]);
  return db.knowledgeEntry.findMany({ where: { organizationId, id: { in: entryIds } }, select: { tags: true } });
}

import type { Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";

/** BOT (or LEAD_CAPTURE) -> QUEUED in one conditional update; false when it was not the bot's. */
export async function queueConversation(db: DbClient, { organizationId, conversationId, teamId }: { organizationId: string; conversationId: string; teamId?: string | null }) {
  const { count } = await db.conversation.updateMany({
    where: { id: conversationId, organizationId, status: { in: ["BOT", "LEAD_CAPTURE"] } },
    data: { status: "QUEUED", queuedAt: new Date(), ...(teamId ? { teamId } : {}) },
  });
  return count === 1;
}

export function insertHandoff(
  db: DbClient,
  data: { organizationId: string; conversationId: string; reasons: object[]; brief: object; teamId?: string | null },
) {
  return db.handoff.create({ data: { ...data, reasons: data.reasons as Prisma.InputJsonValue, brief: data.brief as Prisma.InputJsonValue } });
}

/** 1 for the first in line: conversations queued at or before this one. */
export function countQueuedAhead(db: DbClient, { organizationId, queuedAt }: { organizationId: string; queuedAt: Date }) {
  return db.conversation.count({ where: { organizationId, status: "QUEUED", queuedAt: { lte: queuedAt } } });
}

export function findRecentClaims(db: DbClient, { organizationId, take }: { organizationId: string; take: number }) {
  return db.handoff.findMany({
    where: { organizationId, claimedAt: { not: null } },
    orderBy: { claimedAt: "desc" },
    take,
    select: { createdAt: true, claimedAt: true },
  });
}

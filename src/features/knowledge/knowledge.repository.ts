import type { DbClient } from "@/server/db";

const ENTRY_FIELDS = { id: true, title: true, exampleQuestions: true, answer: true, tags: true, language: true } as const;

export function findEnabledEntries(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.knowledgeEntry.findMany({ where: { organizationId, enabled: true }, select: ENTRY_FIELDS, orderBy: { createdAt: "asc" } });
}

/** Changes whenever an entry is added, edited, disabled or removed: the model cache's key. */
export async function getKnowledgeVersion(db: DbClient, { organizationId }: { organizationId: string }): Promise<string> {
  const stats = await db.knowledgeEntry.aggregate({ where: { organizationId }, _count: { _all: true }, _max: { updatedAt: true } });
  return `${stats._count._all}:${stats._max.updatedAt?.getTime() ?? 0}`;
}

import type { DbClient } from "@/server/db";

const ENTRY_FIELDS = { id: true, title: true, exampleQuestions: true, answer: true, tags: true, language: true } as const;

export function findEnabledEntries(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.knowledgeEntry.findMany({ where: { organizationId, enabled: true }, select: ENTRY_FIELDS, orderBy: { createdAt: "asc" } });
}

export function countEnabledEntries(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.knowledgeEntry.count({ where: { organizationId, enabled: true } });
}

/** Changes whenever an entry is added, edited, disabled or removed: the model cache's key. */
export async function getKnowledgeVersion(db: DbClient, { organizationId }: { organizationId: string }): Promise<string> {
  const stats = await db.knowledgeEntry.aggregate({ where: { organizationId }, _count: { _all: true }, _max: { updatedAt: true } });
  return `${stats._count._all}:${stats._max.updatedAt?.getTime() ?? 0}`;
}

const FULL_FIELDS = { ...ENTRY_FIELDS, enabled: true, updatedAt: true } as const;

type EntryData = { title: string; exampleQuestions: string[]; answer: string; tags: string[]; language?: string | null; enabled: boolean };

export function findEntries(db: DbClient, { organizationId, take, skip }: { organizationId: string; take: number; skip: number }) {
  const where = { organizationId };
  return Promise.all([
    db.knowledgeEntry.findMany({ where, select: FULL_FIELDS, orderBy: { createdAt: "asc" }, take, skip }),
    db.knowledgeEntry.count({ where }),
  ]);
}

export function findAllEntries(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.knowledgeEntry.findMany({ where: { organizationId }, select: FULL_FIELDS, orderBy: { createdAt: "asc" } });
}

export function getEntry(db: DbClient, { organizationId, entryId }: { organizationId: string; entryId: string }) {
  return db.knowledgeEntry.findFirst({ where: { id: entryId, organizationId }, select: FULL_FIELDS });
}

export function insertEntry(db: DbClient, { organizationId, data }: { organizationId: string; data: EntryData }) {
  return db.knowledgeEntry.create({ data: { organizationId, ...data }, select: FULL_FIELDS });
}

export function insertEntries(db: DbClient, { organizationId, entries }: { organizationId: string; entries: EntryData[] }) {
  return db.knowledgeEntry.createMany({ data: entries.map((entry) => ({ organizationId, ...entry })) });
}

export async function updateEntry(db: DbClient, { organizationId, entryId, data }: { organizationId: string; entryId: string; data: Partial<EntryData> }) {
  const { count } = await db.knowledgeEntry.updateMany({ where: { id: entryId, organizationId }, data });
  return count === 1;
}

export async function deleteEntry(db: DbClient, { organizationId, entryId }: { organizationId: string; entryId: string }) {
  const { count } = await db.knowledgeEntry.deleteMany({ where: { id: entryId, organizationId } });
  return count === 1;
}

export function deleteAllEntries(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.knowledgeEntry.deleteMany({ where: { organizationId } });
}

import { db } from "@/server/db";
import { findAllEntries, findEntries } from "./knowledge.repository";
import { toKnowledgeEntryDto } from "./knowledge.schemas";

export interface FindKnowledgeEntriesOptions {
  organizationId: string;
  q?: string;
  take: number;
  skip: number;
}

/**
 * A page of entries. A search looks in titles, answers, example questions and tags, any part,
 * any case; knowledge bases are small enough (thousands of entries) to filter in memory, which
 * Postgres cannot do over text arrays with an index anyway.
 */
export async function findKnowledgeEntries({ organizationId, q, take, skip }: FindKnowledgeEntriesOptions) {
  const needle = q?.trim().toLowerCase();
  if (!needle) {
    const [rows, total] = await findEntries(db, { organizationId, take, skip });
    return { entries: rows.map(toKnowledgeEntryDto), total };
  }
  const matches = (await findAllEntries(db, { organizationId })).filter((row) =>
    [row.title, row.answer, ...row.exampleQuestions, ...row.tags].some((text) => text.toLowerCase().includes(needle)),
  );
  return { entries: matches.slice(skip, skip + take).map(toKnowledgeEntryDto), total: matches.length };
}

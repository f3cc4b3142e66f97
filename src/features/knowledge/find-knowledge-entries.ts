import { db } from "@/server/db";
import { findEntries } from "./knowledge.repository";
import { toKnowledgeEntryDto } from "./knowledge.schemas";

export async function findKnowledgeEntries({ organizationId, q, take, skip }: { organizationId: string; q?: string; take: number; skip: number }) {
  const [rows, total] = await findEntries(db, { organizationId, q, take, skip });
  return { entries: rows.map(toKnowledgeEntryDto), total };
}

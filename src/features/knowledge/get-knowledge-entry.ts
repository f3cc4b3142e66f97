import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { getEntry } from "./knowledge.repository";
import { toKnowledgeEntryDto } from "./knowledge.schemas";

export async function getKnowledgeEntry({ organizationId, entryId }: { organizationId: string; entryId: string }) {
  const row = await getEntry(db, { organizationId, entryId });
  if (!row) throw notFound("Knowledge entry");
  return toKnowledgeEntryDto(row);
}

import { db } from "@/server/db";
import { formatKnowledge } from "./knowledge-format";
import { findAllEntries } from "./knowledge.repository";
import { toKnowledgeEntryDto, type KnowledgeFormat } from "./knowledge.schemas";

export async function exportKnowledge({ organizationId, format }: { organizationId: string; format: KnowledgeFormat }) {
  const rows = await findAllEntries(db, { organizationId });
  return formatKnowledge(format, rows.map(toKnowledgeEntryDto));
}

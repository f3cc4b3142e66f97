import { recordAudit } from "@/features/audit/record-audit";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { parseKnowledge } from "./knowledge-format";
import { deleteAllEntries, insertEntries } from "./knowledge.repository";
import type { TKnowledgeImportInput } from "./knowledge.schemas";
import { retrainAfterChange } from "./request-knowledge-training";

export interface ImportKnowledgeOptions {
  organizationId: string;
  /** The person importing, or null for an API key. */
  actorId: string | null;
  input: TKnowledgeImportInput;
}

/** All or nothing: one bad line and nothing is written; the error lists every bad line. */
export async function importKnowledge({ organizationId, actorId, input }: ImportKnowledgeOptions) {
  const { entries, errors } = parseKnowledge(input.format, input.content);
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new AppError("VALIDATION_FAILED", `Line ${first.line}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ""}`, errors);
  }
  if (entries.length === 0) throw new AppError("VALIDATION_FAILED", "The file has no entries");
  await db.$transaction(async (tx) => {
    if (input.mode === "replace") await deleteAllEntries(tx, { organizationId });
    await insertEntries(tx, { organizationId, entries });
    await recordAudit({ organizationId, actorId, action: "knowledge.imported", metadata: { format: input.format, mode: input.mode, count: entries.length } }, tx);
  });
  await retrainAfterChange(organizationId);
  return { imported: entries.length, mode: input.mode };
}

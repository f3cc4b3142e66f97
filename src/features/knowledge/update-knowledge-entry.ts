import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { getEntry, updateEntry } from "./knowledge.repository";
import { toKnowledgeEntryDto, type TKnowledgeEntryUpdate } from "./knowledge.schemas";
import { retrainAfterChange } from "./request-knowledge-training";

export async function updateKnowledgeEntry({ actor, entryId, input }: { actor: Actor; entryId: string; input: TKnowledgeEntryUpdate }) {
  const { organizationId } = actor;
  const entry = await db.$transaction(async (tx) => {
    if (!(await updateEntry(tx, { organizationId, entryId, data: input }))) throw notFound("Knowledge entry");
    await recordAudit({ organizationId, actorId: actor.userId, action: "knowledge.updated", targetType: "knowledge_entry", targetId: entryId }, tx);
    return toKnowledgeEntryDto((await getEntry(tx, { organizationId, entryId }))!);
  });
  await retrainAfterChange(organizationId);
  return entry;
}

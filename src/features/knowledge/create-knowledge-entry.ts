import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { insertEntry } from "./knowledge.repository";
import { toKnowledgeEntryDto, type TKnowledgeEntryInput } from "./knowledge.schemas";
import { retrainAfterChange } from "./request-knowledge-training";

export async function createKnowledgeEntry({ actor, input }: { actor: Actor; input: TKnowledgeEntryInput }) {
  const { organizationId } = actor;
  const entry = await db.$transaction(async (tx) => {
    const row = await insertEntry(tx, { organizationId, data: input });
    await recordAudit({ organizationId, actorId: actor.userId, action: "knowledge.created", targetType: "knowledge_entry", targetId: row.id }, tx);
    return toKnowledgeEntryDto(row);
  });
  await retrainAfterChange(organizationId);
  return entry;
}

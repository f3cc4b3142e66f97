import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { deleteEntry } from "./knowledge.repository";
import { retrainAfterChange } from "./request-knowledge-training";

export async function deleteKnowledgeEntry({ actor, entryId }: { actor: Actor; entryId: string }) {
  const { organizationId } = actor;
  await db.$transaction(async (tx) => {
    if (!(await deleteEntry(tx, { organizationId, entryId }))) throw notFound("Knowledge entry");
    await recordAudit({ organizationId, actorId: actor.userId, action: "knowledge.deleted", targetType: "knowledge_entry", targetId: entryId }, tx);
  });
  await retrainAfterChange(organizationId);
}

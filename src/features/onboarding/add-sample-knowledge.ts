import { importKnowledge } from "@/features/knowledge/import-knowledge";
import type { Actor } from "@/features/tenants/actor";
import { SAMPLE_KNOWLEDGE } from "./sample-knowledge";

/** "Add sample entries": the starter entries, appended through the knowledge base's own import. */
export async function addSampleKnowledge({ actor }: { actor: Actor }) {
  const content = SAMPLE_KNOWLEDGE.map((entry) => JSON.stringify({ ...entry, tags: ["sample"], enabled: true })).join("\n");
  return importKnowledge({ organizationId: actor.organizationId, actorId: actor.userId, input: { format: "jsonl", content, mode: "append" } });
}

import { importKnowledge } from "@/features/knowledge/import-knowledge";
import { ZKnowledgeImportInput } from "@/features/knowledge/knowledge.schemas";
import { withApiKey } from "@/server/auth-context";
import { readJson } from "@/server/http";

const MAX_IMPORT_BYTES = 6 * 1024 * 1024;

export const POST = withApiKey(async ({ req, organizationId }) => {
  const input = await readJson(req, ZKnowledgeImportInput, MAX_IMPORT_BYTES);
  return Response.json(await importKnowledge({ organizationId, actorId: null, input }), { status: 201 });
}, { scope: "knowledge:write" });

import { importKnowledge } from "@/features/knowledge/import-knowledge";
import { ZKnowledgeImportInput } from "@/features/knowledge/knowledge.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

const MAX_IMPORT_BYTES = 6 * 1024 * 1024;

export const POST = withTenant(
  async ({ req, actor }) => {
    const input = await readJson(req, ZKnowledgeImportInput, MAX_IMPORT_BYTES);
    return Response.json(await importKnowledge({ organizationId: actor.organizationId, actorId: actor.userId, input }), { status: 201 });
  },
  { roles: MANAGER_ROLES },
);

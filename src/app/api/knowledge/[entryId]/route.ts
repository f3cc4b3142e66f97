import { deleteKnowledgeEntry } from "@/features/knowledge/delete-knowledge-entry";
import { getKnowledgeEntry } from "@/features/knowledge/get-knowledge-entry";
import { ZKnowledgeEntryUpdate } from "@/features/knowledge/knowledge.schemas";
import { updateKnowledgeEntry } from "@/features/knowledge/update-knowledge-entry";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam, readJson } from "@/server/http";

export const GET = withTenant(async (ctx) => getKnowledgeEntry({ organizationId: ctx.actor.organizationId, entryId: pathParam(ctx, "entryId") }));

export const PATCH = withTenant(
  async (ctx) => updateKnowledgeEntry({ actor: ctx.actor, entryId: pathParam(ctx, "entryId"), input: await readJson(ctx.req, ZKnowledgeEntryUpdate) }),
  { roles: MANAGER_ROLES },
);

export const DELETE = withTenant(async (ctx) => deleteKnowledgeEntry({ actor: ctx.actor, entryId: pathParam(ctx, "entryId") }), {
  roles: MANAGER_ROLES,
});

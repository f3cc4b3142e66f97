import { createKnowledgeEntry } from "@/features/knowledge/create-knowledge-entry";
import { findKnowledgeEntries } from "@/features/knowledge/find-knowledge-entries";
import { ZKnowledgeEntryInput, ZKnowledgeListQuery } from "@/features/knowledge/knowledge.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { parseQuery, readJson } from "@/server/http";

export const GET = withTenant(async ({ req, actor }) =>
  findKnowledgeEntries({ organizationId: actor.organizationId, ...parseQuery(req, ZKnowledgeListQuery) }),
);

export const POST = withTenant(
  async ({ req, actor }) => Response.json(await createKnowledgeEntry({ actor, input: await readJson(req, ZKnowledgeEntryInput) }), { status: 201 }),
  { roles: MANAGER_ROLES },
);

import { findKnowledgeEntries } from "@/features/knowledge/find-knowledge-entries";
import { ZKnowledgeListQuery } from "@/features/knowledge/knowledge.schemas";
import { withApiKey } from "@/server/auth-context";
import { parseQuery } from "@/server/http";

export const GET = withApiKey(async ({ req, organizationId }) => findKnowledgeEntries({ organizationId, ...parseQuery(req, ZKnowledgeListQuery) }), {
  scope: "knowledge:read",
});

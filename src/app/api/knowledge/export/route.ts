import { z } from "zod";
import { exportKnowledge } from "@/features/knowledge/export-knowledge";
import { ZKnowledgeFormat } from "@/features/knowledge/knowledge.schemas";
import { withTenant } from "@/server/auth-context";
import { parseQuery } from "@/server/http";

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", jsonl: "application/x-ndjson; charset=utf-8" } as const;

export const GET = withTenant(async ({ req, actor }) => {
  const { format } = parseQuery(req, z.object({ format: ZKnowledgeFormat.default("csv") }));
  const body = await exportKnowledge({ organizationId: actor.organizationId, format });
  return new Response(body, {
    headers: { "content-type": CONTENT_TYPES[format], "content-disposition": `attachment; filename="knowledge-base.${format}"` },
  });
});

// The public API's OpenAPI 3.1 document, built from the same zod schemas the routes parse with,
// so the document cannot drift from what the server accepts.
import { z } from "zod";
import { ZApiMessageInput, ZConversationListQuery, ZMessageListQuery } from "@/features/conversations/conversations.schemas";
import { ZKnowledgeImportInput, ZKnowledgeListQuery } from "@/features/knowledge/knowledge.schemas";
import { API_SCOPES, API_SCOPE_DESCRIPTIONS, type ApiScope } from "@/features/tenants/api-keys.schemas";
import { ZSimulateInput } from "@/features/triggers/triggers.schemas";

const schema = (zod: z.ZodType) => z.toJSONSchema(zod, { io: "input", unrepresentable: "any" });

function queryParameters(zod: z.ZodObject) {
  return Object.entries(zod.shape).map(([name, field]) => ({ name, in: "query", required: false, schema: schema(field as z.ZodType) }));
}

const ERROR = { description: "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
const json = (description: string) => ({ description, content: { "application/json": { schema: { type: "object" } } } });
const body = (zod: z.ZodType) => ({ required: true, content: { "application/json": { schema: schema(zod) } } });
const idParam = { name: "conversationId", in: "path", required: true, schema: { type: "string" } };
const errors = { "400": ERROR, "401": ERROR, "403": ERROR, "404": ERROR, "422": ERROR, "429": ERROR };

/**
 * The scope an operation needs, as OpenAPI 3.1 allows for non-OAuth schemes (a list of role names
 * in the security requirement), repeated in `x-required-scope` and the description for readers.
 */
function scoped<T extends { summary: string }>(scope: ApiScope | null, operation: T) {
  if (!scope) return { ...operation, security: [{ apiKey: [] }], description: "Any valid key (no scope needed)." };
  return { ...operation, security: [{ apiKey: [scope] }], "x-required-scope": scope, description: `Needs the \`${scope}\` scope (403 without it).` };
}

const SCOPES_TEXT = API_SCOPES.map((scope) => `- \`${scope}\`: ${API_SCOPE_DESCRIPTIONS[scope]}`).join("\n");

export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Baton API",
      version: "1",
      description:
        "Per-workspace API. Authenticate with `Authorization: Bearer bk_...` (Dashboard > API keys). Each key holds scopes, chosen when it is created " +
        "(a key created without a list holds them all); an operation answers 403 with code FORBIDDEN when the key lacks its scope:\n" +
        SCOPES_TEXT,
    },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: `A workspace API key (bk_...) with scopes:\n${SCOPES_TEXT}` } },
      schemas: {
        Error: { type: "object", required: ["error"], properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, details: {} } } } },
      },
    },
    paths: {
      "/api/v1/workspace": { get: scoped(null, { summary: "The key's workspace", responses: { "200": json("Workspace and settings"), ...errors } }) },
      "/api/v1/conversations": {
        get: scoped("conversations:read", {
          summary: "List conversations, newest activity first",
          parameters: queryParameters(ZConversationListQuery),
          responses: { "200": json("{ conversations, nextBefore }"), ...errors },
        }),
      },
      "/api/v1/conversations/{conversationId}": {
        get: scoped("conversations:read", { summary: "Get a conversation", parameters: [idParam], responses: { "200": json("Conversation"), ...errors } }),
      },
      "/api/v1/conversations/{conversationId}/messages": {
        get: scoped("conversations:read", {
          summary: "Messages after a sequence number (notes included)",
          parameters: [idParam, ...queryParameters(ZMessageListQuery)],
          responses: { "200": json("{ messages }"), ...errors },
        }),
        post: scoped("conversations:write", {
          summary: "Reply as an agent (the bot steps out) or add an internal note",
          parameters: [idParam],
          requestBody: body(ZApiMessageInput),
          responses: { "201": json("{ message }"), "200": json("{ message } already stored with this externalId"), ...errors },
        }),
      },
      "/api/v1/knowledge": {
        get: scoped("knowledge:read", { summary: "List knowledge-base entries", parameters: queryParameters(ZKnowledgeListQuery), responses: { "200": json("{ entries, total }"), ...errors } }),
      },
      "/api/v1/knowledge/import": {
        post: scoped("knowledge:write", {
          summary: "Import entries from JSONL or CSV (all or nothing)",
          requestBody: body(ZKnowledgeImportInput),
          responses: { "201": json("{ imported, mode }"), ...errors },
        }),
      },
      "/api/v1/triggers/simulate": {
        post: scoped("triggers:simulate", {
          summary: "Evaluate a typed conversation against the workspace's handoff rules",
          requestBody: body(ZSimulateInput),
          responses: { "200": json("The decision with reasons and evidence"), ...errors },
        }),
      },
    },
  };
}

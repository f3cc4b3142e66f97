// The public API's OpenAPI 3.1 document, built from the same zod schemas the routes parse with,
// so the document cannot drift from what the server accepts.
import { z } from "zod";
import { ZApiMessageInput, ZConversationListQuery, ZMessageListQuery } from "@/features/conversations/conversations.schemas";
import { ZKnowledgeImportInput, ZKnowledgeListQuery } from "@/features/knowledge/knowledge.schemas";

const schema = (zod: z.ZodType) => z.toJSONSchema(zod, { io: "input", unrepresentable: "any" });

function queryParameters(zod: z.ZodObject) {
  return Object.entries(zod.shape).map(([name, field]) => ({ name, in: "query", required: false, schema: schema(field as z.ZodType) }));
}

const ERROR = { description: "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
const json = (description: string) => ({ description, content: { "application/json": { schema: { type: "object" } } } });
const body = (zod: z.ZodType) => ({ required: true, content: { "application/json": { schema: schema(zod) } } });
const idParam = { name: "conversationId", in: "path", required: true, schema: { type: "string" } };
const errors = { "400": ERROR, "401": ERROR, "404": ERROR, "422": ERROR, "429": ERROR };

export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: { title: "Baton API", version: "1", description: "Per-workspace API. Authenticate with `Authorization: Bearer bk_...` (Dashboard > API keys)." },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "A workspace API key (bk_...)" } },
      schemas: {
        Error: { type: "object", required: ["error"], properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, details: {} } } } },
      },
    },
    paths: {
      "/api/v1/workspace": { get: { summary: "The key's workspace", responses: { "200": json("Workspace and settings"), ...errors } } },
      "/api/v1/conversations": {
        get: { summary: "List conversations, newest activity first", parameters: queryParameters(ZConversationListQuery), responses: { "200": json("{ conversations, nextBefore }"), ...errors } },
      },
      "/api/v1/conversations/{conversationId}": {
        get: { summary: "Get a conversation", parameters: [idParam], responses: { "200": json("Conversation"), ...errors } },
      },
      "/api/v1/conversations/{conversationId}/messages": {
        get: { summary: "Messages after a sequence number (notes included)", parameters: [idParam, ...queryParameters(ZMessageListQuery)], responses: { "200": json("{ messages }"), ...errors } },
        post: {
          summary: "Reply as an agent (the bot steps out) or add an internal note",
          parameters: [idParam],
          requestBody: body(ZApiMessageInput),
          responses: { "201": json("{ message }"), "200": json("{ message } already stored with this externalId"), ...errors },
        },
      },
      "/api/v1/knowledge": { get: { summary: "List knowledge-base entries", parameters: queryParameters(ZKnowledgeListQuery), responses: { "200": json("{ entries, total }"), ...errors } } },
      "/api/v1/knowledge/import": {
        post: { summary: "Import entries from JSONL or CSV (all or nothing)", requestBody: body(ZKnowledgeImportInput), responses: { "201": json("{ imported, mode }"), ...errors } },
      },
    },
  };
}

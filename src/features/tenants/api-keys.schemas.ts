// What an API key may do. A route declares the one scope it needs (withApiKey's `scope`); a key
// without it gets 403. Keys made before scopes existed, and keys created without a list, hold them
// all (the column's default); the dashboard starts a new key with the read scopes only.
import { z } from "zod";

export const API_SCOPES = ["conversations:read", "conversations:write", "knowledge:read", "knowledge:write", "triggers:simulate"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const API_SCOPE_DESCRIPTIONS: Record<ApiScope, string> = {
  "conversations:read": "List and read conversations and their messages",
  "conversations:write": "Post messages and notes into conversations as an agent",
  "knowledge:read": "List knowledge base entries",
  "knowledge:write": "Import knowledge base entries",
  "triggers:simulate": "Run the handoff rules simulator",
};

export const READ_SCOPES: readonly ApiScope[] = ["conversations:read", "knowledge:read"];

export const ZCreateApiKeyInput = z.object({
  name: z.string().trim().min(1, "Enter a name").max(100),
  scopes: z
    .array(z.enum(API_SCOPES))
    .min(1, "Choose at least one scope")
    .transform((scopes) => API_SCOPES.filter((scope) => scopes.includes(scope)))
    .optional(),
});
export type TCreateApiKeyInput = z.infer<typeof ZCreateApiKeyInput>;

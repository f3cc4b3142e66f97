import type { ApiKey } from "@/components/api-types";

/** An API key as /api/workspace/api-keys lists it, with what it may do. */
export type ScopedApiKey = ApiKey & { scopes: string[] };

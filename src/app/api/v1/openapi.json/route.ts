import { buildOpenApiDocument } from "@/features/api-v1/openapi";
import { env } from "@/server/env";
import { withPublic } from "@/server/http";

export const GET = withPublic(async () => buildOpenApiDocument(env.PUBLIC_URL));

// Prisma CLI configuration. The CLI tries to download a native schema engine before it does
// anything, and these machines cannot reach binaries.prisma.sh. `generate`, `validate` and
// `format` never run that engine, so pointing the variable at any existing file lets them work
// offline. Migrations go through scripts/db (the Wasm schema engine) instead of `prisma migrate`.
import { defineConfig } from "prisma/config";
import { fileURLToPath } from "node:url";

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
});

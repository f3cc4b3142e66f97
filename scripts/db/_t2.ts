import { createMigration } from "./engine";
import { ensureDatabase, dropDatabase } from "./pg-client";
const url = "postgresql://postgres@127.0.0.1:5432/zz_proto";
await dropDatabase(url); await ensureDatabase(url);
const r = await createMigration({ databaseUrl: url, schemaPath: "/tmp/mt/schema.prisma", migrationsDir: "/tmp/mt/migrations", name: "Init Items" });
console.log("created", r);

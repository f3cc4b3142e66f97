import { createMigration } from "./engine";
import { ensureDatabase, dropDatabase } from "./pg-client";
const url = "postgresql://postgres@127.0.0.1:5432/zz_sync_check";
await ensureDatabase(url);
try { console.log("result:", await createMigration({ databaseUrl: url, migrationsDir: "/tmp/mcheck", name: "check" })); } finally { await dropDatabase(url); }

import { loadSchemaEngine } from "./wasm";
import { createMigrationAdapter } from "./adapter";
import { listMigrations } from "./migrations-dir";
import { ensureDatabase, dropDatabase } from "./pg-client";
import fs from "node:fs";
const url = "postgresql://postgres@127.0.0.1:5432/zz_proto";
await dropDatabase(url); await ensureDatabase(url);
const SE = await loadSchemaEngine();
const content = fs.readFileSync("/tmp/mt/schema.prisma", "utf8");
const F = { externalTables: [], externalEnums: [] };
const mode = process.argv[2];
async function session(i: number, cmds: string) {
  const cmd = cmds;
  const ad = createMigrationAdapter(url);
  const e = await SE.new({ datamodels: [["/tmp/mt/schema.prisma", content]] }, () => {}, ad.factory);
  try {
    const ml = await listMigrations("/tmp/mt/migrations");
    const schema = { files: [{ path: "/tmp/mt/schema.prisma", content }] };
    for (const c of cmd.split("+")) {
      if (c === "loss") await e.evaluateDataLoss({ migrationsList: ml, schema, filters: F });
      if (c === "apply") await e.applyMigrations({ migrationsList: ml, filters: F });
      if (c === "dev") await e.devDiagnostic({ migrationsList: ml, filters: F });
      if (c === "create") await e.createMigration({ migrationsList: ml, schema, filters: F, draft: true, migrationName: "x" });
      console.log(i, c, "ok");
    }
    if (cmd === "diag") await e.diagnoseMigrationHistory({ migrationsList: ml, filters: F, optInToShadowDatabase: true });
    if (cmd === "status") await e.diagnoseMigrationHistory({ migrationsList: ml, filters: F, optInToShadowDatabase: false });
    console.log(i, cmd, "ok");
  } catch (err) { console.log(i, cmd, "FAIL", (err as Error).message.split("\n")[0]); }
  finally { if (mode !== "nofree") e.free(); await ad.close(); }
}
const seq = (process.argv[3] ?? "dev,dev,dev").split(",") as any[];
for (const [i, c] of seq.entries()) { await session(i, c); if (mode === "delay") await new Promise(r => setTimeout(r, 500)); }

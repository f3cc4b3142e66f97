// End-to-end check of the offline migration tooling against the real PostgreSQL: migration files,
// `_prisma_migrations` rows compatible with `prisma migrate deploy`, and the three adapter fixes
// (catalog types, real shadow database, whole-script execution of `$$` bodies).
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMigration, deployMigrations, migrationStatus } from "./engine";
import { MigrationEngineError } from "./errors";
import { checksum, orderedFolderName } from "./migrations-dir";
import { dropDatabase, ensureDatabase, withAdminClient, withDatabase } from "./pg-client";

const SERVER = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const suffix = `${process.pid}_${randomBytes(3).toString("hex")}`;
const devUrl = withDatabase(SERVER, `baton_test_migrate_dev_${suffix}`);
const deployUrl = withDatabase(SERVER, `baton_test_migrate_deploy_${suffix}`);
const cloneUrl = withDatabase(SERVER, `baton_test_migrate_clone_${suffix}`);

const SCHEMA_V1 = `datasource db {
  provider = "postgresql"
}

model Item {
  id   Int    @id @default(autoincrement())
  name String
}
`;
const SCHEMA_V2 = SCHEMA_V1.replace("  name String\n", "  name String\n  note String?\n");

const PLPGSQL = `-- A trigger function: its body holds semicolons that must not split the script.
CREATE FUNCTION "item_trim_name"() RETURNS trigger AS $$
BEGIN
  NEW."name" := trim(NEW."name");
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Item_trim_name" BEFORE INSERT ON "Item" FOR EACH ROW EXECUTE FUNCTION "item_trim_name"();
`;

let dir: string;
let schemaPath: string;
let migrationsDir: string;
let shadowsBefore: string[];
const opts = () => ({ schemaPath, migrationsDir, log: () => {} });

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const shadowDatabases = () =>
  withAdminClient(SERVER, async (c) => (await c.query("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'")).rows.map((r) => r.datname as string));

const folders = async () => (await fs.readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe("offline Prisma migrations (Wasm schema engine)", { timeout: 60_000 }, () => {
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "baton-migrate-"));
    schemaPath = path.join(dir, "schema.prisma");
    migrationsDir = path.join(dir, "migrations");
    await fs.writeFile(schemaPath, SCHEMA_V1);
    await ensureDatabase(devUrl);
    await ensureDatabase(deployUrl);
    await ensureDatabase(cloneUrl);
    shadowsBefore = await shadowDatabases();
  }, 60_000);

  afterAll(async () => {
    await dropDatabase(devUrl).catch(() => undefined);
    await dropDatabase(deployUrl).catch(() => undefined);
    await dropDatabase(cloneUrl).catch(() => undefined);
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  }, 60_000);

  let first: string;
  let second: string;

  it("creates the first migration with CREATE TABLE and the lockfile", async () => {
    const created = await createMigration({ ...opts(), databaseUrl: devUrl, name: "Init Items" });
    expect(created).toMatch(/^\d{14}_init_items$/);
    first = created!;
    const sql = await fs.readFile(path.join(migrationsDir, first, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "Item"');
    expect(await fs.readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
    // It was applied to the dev database too.
    expect(await query(devUrl, `SELECT * FROM "Item"`)).toEqual([]);
  });

  it("reports nothing pending, and writes nothing when the schema did not change", async () => {
    const status = await migrationStatus({ ...opts(), databaseUrl: devUrl });
    expect(status).toMatchObject({ applied: [first], pending: [], failed: [], missingLocally: [], upToDate: true });
    expect(await createMigration({ ...opts(), databaseUrl: devUrl, name: "noop" })).toBeNull();
    expect(await folders()).toEqual([first]);
  });

  it("creates a second migration with ALTER TABLE after a schema change", async () => {
    await fs.writeFile(schemaPath, SCHEMA_V2);
    const created = await createMigration({ ...opts(), databaseUrl: devUrl, name: "add note" });
    expect(created).toMatch(/^\d{14}_add_note$/);
    second = created!;
    expect(await folders()).toEqual([first, second]);
    const sql = await fs.readFile(path.join(migrationsDir, second, "migration.sql"), "utf8");
    expect(sql).toMatch(/ALTER TABLE "Item" ADD COLUMN\s+"note" TEXT/);
  });

  it("applies pending migrations first when migrating a fresh database (a new clone)", async () => {
    expect(await createMigration({ ...opts(), databaseUrl: cloneUrl, name: "nothing new" })).toBeNull();
    expect(await folders()).toEqual([first, second]);
    expect(await migrationStatus({ ...opts(), databaseUrl: cloneUrl })).toMatchObject({ applied: [first, second], upToDate: true });
  });

  it("deploys both to an empty database with prisma-compatible _prisma_migrations rows", async () => {
    expect(await deployMigrations({ ...opts(), databaseUrl: deployUrl })).toEqual([first, second]);
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null; logs: string | null }>(
      deployUrl,
      "SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at, logs FROM _prisma_migrations ORDER BY started_at",
    );
    expect(rows).toHaveLength(2);
    for (const [i, name] of [first, second].entries()) {
      const file = await fs.readFile(path.join(migrationsDir, name, "migration.sql"));
      expect(rows[i]).toMatchObject({ migration_name: name, checksum: checksum(file), applied_steps_count: 1, rolled_back_at: null, logs: null });
      expect(rows[i]!.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[i]!.finished_at).toBeInstanceOf(Date);
    }
    expect(await deployMigrations({ ...opts(), databaseUrl: deployUrl })).toEqual([]);
  });

  it("applies a migration with a $$ plpgsql body as one script", async () => {
    const name = orderedFolderName(`${second.slice(0, 14)}_item_trim_trigger`, [first, second]);
    await fs.mkdir(path.join(migrationsDir, name));
    await fs.writeFile(path.join(migrationsDir, name, "migration.sql"), PLPGSQL);
    expect(await deployMigrations({ ...opts(), databaseUrl: deployUrl })).toEqual([name]);
    const [row] = await query<{ name: string }>(deployUrl, `INSERT INTO "Item" ("name") VALUES ('  padded  ') RETURNING "name"`);
    expect(row!.name).toBe("padded");
    expect((await migrationStatus({ ...opts(), databaseUrl: deployUrl })).upToDate).toBe(true);
  });

  it("reports drift when the database has a migration missing locally", async () => {
    const partial = path.join(dir, "partial");
    await fs.cp(migrationsDir, partial, { recursive: true });
    const [, , third] = (await fs.readdir(partial)).filter((n) => /^\d{14}_/.test(n)).sort();
    await fs.rm(path.join(partial, third!), { recursive: true });
    const status = await migrationStatus({ ...opts(), migrationsDir: partial, databaseUrl: deployUrl });
    expect(status).toMatchObject({ missingLocally: [third], pending: [], upToDate: false });
  });

  it("rolls back a failing migration completely and reports it as failed", async () => {
    const name = "29991231235959_broken";
    await fs.mkdir(path.join(migrationsDir, name));
    await fs.writeFile(path.join(migrationsDir, name, "migration.sql"), `CREATE TABLE "Half" ("id" INTEGER);\nSELECT * FROM "DoesNotExist";\n`);
    await expect(deployMigrations({ ...opts(), databaseUrl: deployUrl })).rejects.toBeInstanceOf(MigrationEngineError);
    expect(await query(deployUrl, `SELECT 1 FROM pg_tables WHERE tablename = 'Half'`)).toEqual([]);
    const status = await migrationStatus({ ...opts(), databaseUrl: deployUrl });
    expect(status).toMatchObject({ failed: [name], upToDate: false });
  });

  it("drops every shadow database it created", async () => {
    const leftovers = (await shadowDatabases()).filter((name) => !shadowsBefore.includes(name));
    expect(leftovers).toEqual([]);
  });
});

// Offline replacement for `prisma migrate dev|deploy|status`: the Wasm schema engine driven through
// the adapter in ./adapter, following the Prisma 6.19 CLI's sequence of engine calls, so the
// migration folders and `_prisma_migrations` rows are the ones `prisma migrate` would produce.
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SchemaEngine, SchemaFilter, SchemasContainer } from "@prisma/schema-engine-wasm";
import { createMigrationAdapter } from "./adapter";
import { toEngineError } from "./errors";
import { listMigrations, orderedFolderName, sanitizeMigrationName, writeMigration } from "./migrations-dir";
import { loadSchemaEngine } from "./wasm";

export interface EngineOptions {
  databaseUrl: string;
  /** Defaults to the repo's prisma/schema.prisma. */
  schemaPath?: string;
  /** Defaults to the repo's prisma/migrations. */
  migrationsDir?: string;
  /** Progress lines; defaults to console.log. Pass `() => {}` to silence. */
  log?: (line: string) => void;
}

export interface CreateMigrationOptions extends EngineOptions {
  name: string;
  /** Create and apply a migration even when the engine warns about data loss (dropped columns...). */
  acceptDataLoss?: boolean;
}

export interface MigrationStatus {
  /** Migration folders found locally, in order. */
  local: string[];
  applied: string[];
  pending: string[];
  failed: string[];
  /** Applied migrations whose migration.sql changed since (checksum mismatch). */
  edited: string[];
  /** Drift: migrations recorded in the database but missing from the folder. */
  missingLocally: string[];
  hasMigrationsTable: boolean;
  upToDate: boolean;
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

interface Session {
  engine: SchemaEngine;
  schema: SchemasContainer;
  migrationsDir: string;
  log: (line: string) => void;
}

/** Opens the engine on the schema, runs `fn`, and always frees the engine and every pg pool. */
async function withEngine<T>(opts: EngineOptions, fn: (s: Session) => Promise<T>): Promise<T> {
  // Defaults are the repo's own files whatever the working directory; given paths are cwd-relative.
  const schemaPath = opts.schemaPath ? path.resolve(opts.schemaPath) : path.join(REPO_ROOT, "prisma/schema.prisma");
  const migrationsDir = opts.migrationsDir ? path.resolve(opts.migrationsDir) : path.join(REPO_ROOT, "prisma/migrations");
  const content = await fs.readFile(schemaPath, "utf8");
  const SchemaEngineClass = await loadSchemaEngine();
  const adapter = createMigrationAdapter(opts.databaseUrl);
  const debug = process.env.DEBUG?.includes("schema-engine") ? (l: string) => console.error(l) : () => {};
  let engine: SchemaEngine | undefined;
  try {
    engine = await SchemaEngineClass.new({ datamodels: [[schemaPath, content]] }, debug, adapter.factory);
    return await fn({ engine, schema: { files: [{ path: schemaPath, content }] }, migrationsDir, log: opts.log ?? console.log });
  } catch (error) {
    throw toEngineError(error, adapter.factory.errorRegistry, opts.databaseUrl);
  } finally {
    engine?.free();
    await adapter.close();
  }
}

/**
 * `prisma migrate dev --name <name>`, non-interactive: applies pending migrations, diffs the
 * migration history (replayed on a temporary shadow database) against the schema, writes
 * `<migrationsDir>/<timestamp>_<name>/migration.sql` plus migration_lock.toml, and applies it.
 * Returns the new folder name, or null when the schema has no changes.
 */
export async function createMigration(opts: CreateMigrationOptions): Promise<string | null> {
  const name = sanitizeMigrationName(opts.name);
  if (!name) throw new Error(`Invalid migration name "${opts.name}": use letters, digits and underscores`);
  return withEngine(opts, async ({ engine, schema, migrationsDir, log }) => {
    const checkHistory = async () => {
      const diagnostic = await engine.devDiagnostic({ migrationsList: await listMigrations(migrationsDir), filters: FILTERS });
      if (diagnostic.action.tag === "reset") {
        // The CLI would offer to wipe the database here; a script must never do that on its own.
        throw new Error(`${diagnostic.action.reason}\nThe database must be reset to continue; drop and recreate it, then run deploy.`);
      }
    };
    await checkHistory();
    const pending = await engine.applyMigrations({ migrationsList: await listMigrations(migrationsDir), filters: FILTERS });
    for (const applied of pending.appliedMigrationNames) log(`Applied pending migration ${applied}`);
    // Quirk of this Wasm engine: evaluateDataLoss/createMigration fail with "PostgreSQL shadow DB
    // must be provided through an external factory" unless an earlier command on the same engine
    // used the shadow database. devDiagnostic skips it while migrations are pending, so run it
    // again once they are applied (it also re-checks for drift).
    if (pending.appliedMigrationNames.length > 0) await checkHistory();

    const loss = await engine.evaluateDataLoss({ migrationsList: await listMigrations(migrationsDir), schema, filters: FILTERS });
    if (loss.unexecutableSteps.length > 0) {
      throw new Error(`The migration cannot be applied:\n${loss.unexecutableSteps.map((s) => `  • ${s.message}`).join("\n")}`);
    }
    if (loss.warnings.length > 0) {
      const list = loss.warnings.map((w) => `  • ${w.message}`).join("\n");
      if (!opts.acceptDataLoss) throw new Error(`The migration may lose data:\n${list}\nRe-run with --accept-data-loss to create it anyway.`);
      log(`Warnings (accepted):\n${list}`);
    }

    const migrationsList = await listMigrations(migrationsDir);
    const created = await engine.createMigration({ migrationName: name, draft: false, migrationsList, schema, filters: FILTERS });
    if (created.migrationScript === null) {
      log("No schema changes: the migrations already match the schema. Nothing written.");
      return null;
    }
    const folder = orderedFolderName(created.generatedMigrationName, migrationsList.migrationDirectories.map((d) => d.path));
    await writeMigration(migrationsDir, folder, created.migrationScript, created.connectorType);
    log(`Created ${path.relative(process.cwd(), path.join(migrationsDir, folder, "migration.sql"))}`);

    const after = await engine.applyMigrations({ migrationsList: await listMigrations(migrationsDir), filters: FILTERS });
    for (const applied of after.appliedMigrationNames) log(`Applied ${applied}`);
    return folder;
  });
}

/** `prisma migrate deploy`: applies every committed migration not yet applied, in order. */
export async function deployMigrations(opts: EngineOptions): Promise<string[]> {
  return withEngine(opts, async ({ engine, migrationsDir, log }) => {
    const migrationsList = await listMigrations(migrationsDir);
    log(`${migrationsList.migrationDirectories.length} migration(s) found in ${path.relative(process.cwd(), migrationsDir) || "."}`);
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: FILTERS });
    for (const applied of appliedMigrationNames) log(`Applied ${applied}`);
    if (appliedMigrationNames.length === 0) log("No pending migrations to apply.");
    return appliedMigrationNames;
  });
}

/** `prisma migrate status`: compares the migrations folder with `_prisma_migrations`. */
export async function migrationStatus(opts: EngineOptions): Promise<MigrationStatus> {
  return withEngine(opts, async ({ engine, migrationsDir }) => {
    const migrationsList = await listMigrations(migrationsDir);
    const local = migrationsList.migrationDirectories.map((d) => d.path);
    const d = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: FILTERS });
    const history = d.history;
    const failed = d.failedMigrationNames;
    const unapplied = history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
    const pending = unapplied.filter((m) => !failed.includes(m));
    const missingLocally = history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [];
    const applied = local.filter((m) => !pending.includes(m) && !failed.includes(m));
    const edited = d.editedMigrationNames;
    const upToDate = pending.length + failed.length + missingLocally.length + edited.length === 0;
    return { local, applied, pending, failed, edited, missingLocally, hasMigrationsTable: d.hasMigrationsTable, upToDate };
  });
}

// The migration-aware driver adapter handed to the Wasm schema engine: PrismaPg with three fixes
// (see docs TOOLCHAIN.md "Prisma 7 offline"), plus bookkeeping so every pool and temporary
// database is released when the engine is done.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { CatalogSafeClient, databaseName, dropDatabase, schemaParam, withAdminClient, withDatabase, quoteIdent } from "./pg-client";

export interface MigrationAdapter {
  factory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory;
  /** Disposes every adapter still open and drops shadow databases the engine left behind. */
  close(): Promise<void>;
}

export function createMigrationAdapter(databaseUrl: string): MigrationAdapter {
  const open = new Set<SqlDriverAdapter>();
  const shadowUrls = new Set<string>();
  const schema = schemaParam(databaseUrl);

  const connectTo = async (url: string, afterDispose?: () => Promise<void>): Promise<SqlDriverAdapter> => {
    // Bug 1: CatalogSafeClient reads pg_catalog types as text (`Client` is a pg.Pool option).
    const pgFactory = new PrismaPg({ connectionString: url, Client: CatalogSafeClient }, schema ? { schema } : undefined);
    const adapter = await pgFactory.connect();
    // Bug 3: executeScript splits on ";" (breaking $$ bodies and half-applying migrations).
    // executeRaw with no arguments uses pg's simple-query protocol, which accepts a whole
    // multi-statement script in one round trip and one implicit transaction, as the native
    // engine sends it; it also keeps the adapter's error mapping.
    adapter.executeScript = async (script: string) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    };
    // pool.end() throws when called twice, and both the engine and close() may dispose.
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    adapter.dispose = () =>
      (disposed ??= (async () => {
        open.delete(adapter);
        await dispose();
        await afterDispose?.();
      })());
    open.add(adapter);
    return adapter;
  };

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(databaseUrl),
    // Bug 2: PrismaPg's shadow pool keeps `connectionString`, which wins over `database`, so its
    // "shadow" is the main database. Create the temporary database and its URL ourselves.
    connectToShadowDb: async () => {
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      const shadowUrl = withDatabase(databaseUrl, name);
      await withAdminClient(databaseUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
      shadowUrls.add(shadowUrl);
      return connectTo(shadowUrl, async () => {
        await dropDatabase(shadowUrl);
        shadowUrls.delete(shadowUrl);
      });
    },
  };

  return {
    factory: bindMigrationAwareSqlAdapterFactory(factory),
    async close() {
      for (const adapter of [...open]) await adapter.dispose().catch(() => undefined);
      for (const url of [...shadowUrls]) {
        await dropDatabase(url).catch((e) => console.warn(`Could not drop shadow database ${databaseName(url)}: ${(e as Error).message}`));
      }
      shadowUrls.clear();
    },
  };
}

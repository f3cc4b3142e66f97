// Plain `pg` helpers for the offline migration tooling: a Client that the Prisma adapter can use
// against pg_catalog, connection-URL helpers, and create/drop database for the CLI, the tests and
// the temporary shadow database.
import pg from "pg";

const TEXT = 25;
const TEXT_ARRAY = 1009;

// OIDs below 16384 that @prisma/adapter-pg 7.10 maps to a column type. Anything else under that
// bound makes it throw "Unsupported column type" / "could not be deserialized" (prisma/orm#27403),
// and the schema engine's introspection queries return such columns (`char`, `regproc`, `oidvector`,
// `name[]`, ...). Keep this list in step with fieldToColumnType in adapter-pg when upgrading.
const ADAPTER_OIDS = new Set([
  16, 17, 19, 20, 21, 23, 25, 26, 114, 142, 650, 700, 701, 790, 869, 1042, 1043, 1082, 1083, 1114,
  1184, 1266, 1560, 1562, 1700, 2950, 3802,
  // arrays
  143, 199, 651, 791, 1000, 1001, 1002, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022, 1028, 1041,
  1115, 1182, 1183, 1185, 1231, 1561, 1563, 2951, 3807,
]);
// Catalog array types (name[], int2vector[], regproc[], oidvector[], aclitem[], reg*[], ...): read
// them as text[] so the engine still receives arrays.
const CATALOG_ARRAYS = new Set([1003, 1006, 1008, 1010, 1011, 1012, 1013, 1034, 2207, 2208, 2209, 2210, 2211, 3735, 3770, 4090, 4097, 4192]);
const FIRST_NORMAL_OBJECT_ID = 16384;

type RowDescription = { fields: { dataTypeID: number }[] };

/**
 * A pg.Client that reports unsupported built-in types as text before the adapter sees them.
 * Rewriting the row description (rather than wrapping `query`) also changes the parser pg picks,
 * so values arrive as the plain strings PostgreSQL sent.
 */
export class CatalogSafeClient extends pg.Client {
  _handleRowDescription(msg: RowDescription): void {
    for (const field of msg.fields) {
      const oid = field.dataTypeID;
      if (oid >= FIRST_NORMAL_OBJECT_ID || ADAPTER_OIDS.has(oid)) continue;
      field.dataTypeID = CATALOG_ARRAYS.has(oid) ? TEXT_ARRAY : TEXT;
    }
    (pg.Client.prototype as unknown as { _handleRowDescription(m: RowDescription): void })._handleRowDescription.call(this, msg);
  }
}

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error(`DATABASE_URL has no database name: ${redact(url)}`);
  return name;
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

/** `?schema=` as Prisma URLs carry it; pg itself ignores the parameter. */
export function schemaParam(url: string): string | undefined {
  return new URL(url).searchParams.get("schema") ?? undefined;
}

export function hostPort(url: string): string {
  const u = new URL(url);
  return `${u.hostname || "localhost"}:${u.port || "5432"}`;
}

export function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Runs `fn` with a short-lived connection to the `postgres` maintenance database of the same server. */
export async function withAdminClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(url: string): Promise<boolean> {
  const name = databaseName(url);
  return withAdminClient(url, async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1);
}

/** Creates the database named in `url` unless it exists. Returns true when it was created. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseName(url);
  return withAdminClient(url, async (c) => {
    const found = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 1) return false;
    try {
      await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
    } catch (e) {
      // 42P04: another process created it between the check and the CREATE.
      if ((e as { code?: string }).code !== "42P04") throw e;
      return false;
    }
    return true;
  });
}

/** Drops the database named in `url`; FORCE ends leftover sessions (PostgreSQL 13+). */
export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withAdminClient(url, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

/** Turns connection failures into one readable line; other errors keep their message. */
export function describeConnectionError(error: unknown, url: string): string | undefined {
  const e = error as { code?: string; message?: string; cause?: { kind?: string } } | undefined;
  const code = e?.code ?? "";
  const kind = e?.cause?.kind;
  if (["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT"].includes(code) || kind === "DatabaseNotReachable") {
    return `Cannot reach PostgreSQL at ${hostPort(url)} — start it with scripts/services.sh`;
  }
  if (code === "28P01" || code === "28000" || kind === "AuthenticationFailed") {
    return `PostgreSQL at ${hostPort(url)} refused the credentials in DATABASE_URL (${e?.message ?? code})`;
  }
  if (code === "3D000" || kind === "DatabaseDoesNotExist") {
    return `Database "${databaseName(url)}" does not exist at ${hostPort(url)} — run \`npm run db:deploy\` to create it`;
  }
  return undefined;
}

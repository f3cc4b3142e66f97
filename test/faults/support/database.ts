// Reads the throwaway database directly, for assertions on delivery rows.
import pg from "pg";

export async function query<T extends pg.QueryResultRow = Record<string, any>>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

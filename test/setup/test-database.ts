// A throwaway database per test run: created, migrated with the committed history, dropped.
import pg from "pg";
import { deployMigrations } from "../../scripts/db/engine";
import { withDatabaseName } from "./test-env";

async function admin<T>(baseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabaseName(baseUrl, "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(baseUrl: string, name: string): Promise<string> {
  const url = withDatabaseName(baseUrl, name);
  await admin(baseUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  await deployMigrations({ databaseUrl: url });
  return url;
}

export async function dropTestDatabase(baseUrl: string, name: string): Promise<void> {
  await admin(baseUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

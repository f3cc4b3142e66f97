// `npm run db:migrate -- --name <change>` / `db:deploy` / `db:status`: the offline stand-in for
// `prisma migrate dev|deploy|status` (the Prisma CLI needs a native engine it cannot download).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createMigration, deployMigrations, migrationStatus, type EngineOptions } from "./engine";
import { databaseExists, databaseName, describeConnectionError, ensureDatabase, hostPort } from "./pg-client";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/baton";
const USAGE = `Usage:
  tsx scripts/db/cli.ts migrate --name <change> [--accept-data-loss]   create + apply a migration from prisma/schema.prisma
  tsx scripts/db/cli.ts deploy                                         apply committed migrations
  tsx scripts/db/cli.ts status                                         compare prisma/migrations with the database`;

class UsageError extends Error {}

/** DATABASE_URL from the environment, else from the repo's .env, else the local default. */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env, envFile = path.join(ROOT, ".env")): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  if (fs.existsSync(envFile)) {
    // Only DATABASE_URL is read, so the rest of .env never leaks into this process.
    for (const line of fs.readFileSync(envFile, "utf8").split(/\r?\n/)) {
      const match = /^\s*(?:export\s+)?DATABASE_URL\s*=\s*(.*?)\s*$/.exec(line);
      if (!match?.[1]) continue;
      const raw = match[1];
      const quoted = /^(["'])(.*?)\1(?:\s+#.*)?$/.exec(raw);
      return quoted ? quoted[2]! : raw.replace(/\s+#.*$/, "");
    }
  }
  return DEFAULT_URL;
}

function parseArgs(argv: string[]): { command: string | undefined; name?: string; acceptDataLoss: boolean } {
  const [command, ...rest] = argv;
  let name: string | undefined;
  let acceptDataLoss = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === "--name" || arg === "-n") name = rest[++i];
    else if (arg.startsWith("--name=")) name = arg.slice("--name=".length);
    else if (arg === "--accept-data-loss") acceptDataLoss = true;
    else throw new UsageError(`Unknown argument "${arg}"`);
  }
  return { command, name, acceptDataLoss };
}

async function main(argv: string[]): Promise<number> {
  const { command, name, acceptDataLoss } = parseArgs(argv);
  const databaseUrl = resolveDatabaseUrl();
  const opts: EngineOptions = {
    databaseUrl,
    schemaPath: path.join(ROOT, "prisma/schema.prisma"),
    migrationsDir: path.join(ROOT, "prisma/migrations"),
  };
  const target = `database "${databaseName(databaseUrl)}" at ${hostPort(databaseUrl)}`;

  switch (command) {
    case "migrate": {
      if (!name?.trim()) throw new UsageError("--name is required, e.g. npm run db:migrate -- --name add_user_phone");
      console.log(`Prisma schema: prisma/schema.prisma → ${target}`);
      if (await ensureDatabase(databaseUrl)) console.log(`Created ${target}`);
      const created = await createMigration({ ...opts, name, acceptDataLoss });
      console.log(created ? `\nYour database is now in sync with your schema (${created}).` : "\nAlready in sync.");
      return 0;
    }
    case "deploy": {
      console.log(`Applying migrations to ${target}`);
      if (await ensureDatabase(databaseUrl)) console.log(`Created ${target}`);
      const applied = await deployMigrations(opts);
      if (applied.length) console.log(`\nAll migrations have been successfully applied (${applied.length}).`);
      return 0;
    }
    case "status":
      return printStatus(opts, target);
    default:
      throw new UsageError(command ? `Unknown command "${command}"` : "Missing command");
  }
}

/** Prints like `prisma migrate status`; exit code 1 when the database is not up to date. */
async function printStatus(opts: EngineOptions, target: string): Promise<number> {
  if (!(await databaseExists(opts.databaseUrl))) {
    console.log(`The ${target} does not exist yet; run \`npm run db:deploy\` to create it and apply all migrations.`);
    return 1;
  }
  const s = await migrationStatus({ ...opts, log: () => {} });
  const list = (names: string[]) => names.map((n) => `  ${n}`).join("\n");
  console.log(`${s.local.length} migration(s) found in prisma/migrations; ${s.applied.length} applied to ${target}`);
  if (s.pending.length) console.log(`\nNot yet applied (run \`npm run db:deploy\`):\n${list(s.pending)}`);
  if (s.failed.length) console.log(`\nFailed (fix the database, then delete or resolve these rows in _prisma_migrations):\n${list(s.failed)}`);
  if (s.missingLocally.length) console.log(`\nDrift: applied to the database but missing from prisma/migrations:\n${list(s.missingLocally)}`);
  if (s.edited.length) console.log(`\nEdited after being applied (checksum mismatch):\n${list(s.edited)}`);
  if (s.upToDate) console.log("\nDatabase schema is up to date!");
  return s.upToDate ? 0 : 1;
}

// Only run when executed directly, so tests can import resolveDatabaseUrl.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        console.error(`Error: ${error.message}\n\n${USAGE}`);
      } else {
        const url = resolveDatabaseUrl();
        const friendly = describeConnectionError(error, url);
        console.error(`Error: ${friendly ?? (error instanceof Error ? error.message : String(error))}`);
        if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
      }
      process.exitCode = 1;
    },
  );
}

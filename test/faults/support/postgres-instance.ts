// A throwaway PostgreSQL cluster for one fault test: initdb into a temp dir, its own port, the
// committed migrations applied. The machine's shared server on 5432 is never touched. initdb
// refuses to run as root, so as root the cluster belongs to the `postgres` OS user.
import { execFile } from "node:child_process";
import { chmod, chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createTestDatabase } from "../../setup/test-database";
import { freePort } from "./ports";

const run = promisify(execFile);
const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const isRoot = userInfo().uid === 0;

function pg(tool: string, args: string[]) {
  const [command, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", join(BIN, tool), ...args]] : [join(BIN, tool), args];
  // cwd /: the postgres user may not be allowed into the caller's working directory.
  return run(command, argv, { cwd: "/", maxBuffer: 8 * 1024 * 1024 });
}

export interface PostgresInstance {
  /** The migrated application database. */
  url: string;
  port: number;
  /** Immediate shutdown: open connections are cut, as when the server crashes or is restarted. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops and deletes the cluster. */
  dispose(): Promise<void>;
}

export async function startPostgres(database = "baton_fault"): Promise<PostgresInstance> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), "baton-fault-pg-"));
  const data = join(dir, "data");
  if (isRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  await chmod(dir, 0o700);
  await pg("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale", "C"]);

  const start = async () => {
    // fsync off: the data is thrown away; max_connections covers several Baton processes' pools.
    const options = `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200`;
    await pg("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "server.log"), "-w", "-t", "60", "start"]);
  };
  const stop = async () => {
    await pg("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
  };

  await start();
  const base = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const url = await createTestDatabase(base, database);
  return {
    url,
    port,
    stop,
    start,
    async dispose() {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

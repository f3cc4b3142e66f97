// Baton's web server and worker as child processes (the real entry points, src/server/main.ts and
// src/jobs/worker.ts, run by tsx from the built copy), so a test can SIGKILL and restart them.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { testEnv } from "../../setup/test-env";
import { APP_DIR } from "./app-build";
import { freePort, until } from "./ports";

export interface BatonProcess {
  url: string;
  child: ChildProcess;
  /** The last lines the process wrote (stdout and stderr), for failure messages. */
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface Infra {
  databaseUrl: string;
  redisUrl: string;
  /** Extra env: fakes' URLs, timeouts... */
  env?: Record<string, string>;
}

/** The environment every Baton child gets: test secrets, the test's own Postgres and Redis. */
export function batonEnv(infra: Infra, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...testEnv({
      NODE_ENV: "production",
      DATABASE_URL: infra.databaseUrl,
      REDIS_URL: infra.redisUrl,
      REDIS_PREFIX: "baton-fault",
      // Many simulated visitors come from one machine: rate limits key on X-Forwarded-For.
      TRUST_PROXY: "true",
      RUN_WORKER_IN_WEB: "false",
      LOG_LEVEL: "info",
      OPENAI_API_KEY: "",
      OPENAI_BASE_URL: "",
      SMTP_URL: "",
    }),
    ...infra.env,
    ...extra,
  };
}

function spawnBaton(entry: string, env: Record<string, string>): { child: ChildProcess; output: () => string; onLine: (listener: (line: string) => void) => void } {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", entry], {
    cwd: APP_DIR,
    // Only what Baton needs: nothing from the caller's shell (a developer's .env values) leaks in.
    env: { NODE_ENV: "production", PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const listeners: Array<(line: string) => void> = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line) continue;
      lines.push(line);
      if (lines.length > 200) lines.shift();
      for (const listener of listeners) listener(line);
    }
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  return { child, output: () => lines.join("\n"), onLine: (listener) => listeners.push(listener) };
}

function killer(child: ChildProcess) {
  return async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill(signal);
    // A SIGTERM drains for up to 25 s; do not let a stuck process hang the suite.
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    await exited;
    clearTimeout(timer);
  };
}

/** Starts the web process on a free port (or `port`) and waits until it answers HTTP. */
export async function startWeb(infra: Infra, options: { port?: number; env?: Record<string, string> } = {}): Promise<BatonProcess> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const env = batonEnv(infra, { PORT: String(port), HOST: "127.0.0.1", PUBLIC_URL: url, ...options.env });
  const { child, output } = spawnBaton(join("src", "server", "main.ts"), env);
  let exited = false;
  child.once("exit", () => (exited = true));
  await until(
    `web process on ${port}`,
    async () => {
      if (exited) throw Object.assign(new Error(`web process exited:\n${output()}`), { fatal: true });
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      return response.status > 0;
    },
    // Next's start-up on a loaded 2-core machine has taken minutes.
    300_000,
    250,
  ).catch((error: Error) => {
    child.kill("SIGKILL");
    throw new Error(`${error.message}\n--- output ---\n${output()}`);
  });
  return { url, child, output, kill: killer(child) };
}

/** Starts a worker process and waits for its "workers started" line. */
export async function startWorker(infra: Infra, options: { env?: Record<string, string> } = {}): Promise<BatonProcess> {
  const { child, output, onLine } = spawnBaton(join("src", "jobs", "worker.ts"), batonEnv(infra, options.env));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${output()}`)), 120_000);
    onLine((line) => {
      if (line.includes("workers started")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", () => reject(new Error(`worker exited:\n${output()}`)));
  });
  return { url: "", child, output, kill: killer(child) };
}

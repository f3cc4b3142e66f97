// A throwaway Redis for one fault test: a child redis-server on its own port, without persistence,
// so "kill and restart" loses everything it held, as a crashed Redis without AOF would.
import { spawn, type ChildProcess } from "node:child_process";
import { Redis } from "ioredis";
import { freePort, until } from "./ports";

export interface RedisInstance {
  url: string;
  port: number;
  /** SIGKILL: no goodbye to clients, like a crash. */
  kill(): Promise<void>;
  /** Starts again on the same port (after kill). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisInstance> {
  const port = await freePort();
  let child: ChildProcess | null = null;

  async function start() {
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--maxclients", "10000"], { stdio: "ignore" });
    await until(`redis on ${port}`, async () => {
      const probe = new Redis({ port, host: "127.0.0.1", lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on("error", () => undefined);
      try {
        await probe.connect();
        return (await probe.ping()) === "PONG";
      } finally {
        probe.disconnect();
      }
    });
  }

  async function kill() {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGKILL");
    await exited;
  }

  await start();
  return { url: `redis://127.0.0.1:${port}`, port, kill, start, stop: kill };
}

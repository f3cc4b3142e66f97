// The web process: one HTTP server carrying Next.js (pages and route handlers) and Socket.IO on
// the same port. With RUN_WORKER_IN_WEB=true it also runs the BullMQ workers (one-box installs).
import { env } from "./env";
import { createServer } from "node:http";
import next from "next";
import { pathToFileURL } from "node:url";
import { startWorkers, type RunningWorkers } from "@/jobs/worker";
import { closeQueues } from "@/jobs/queues";
import { drainBackground } from "./background";
import { db } from "./db";
import { logger } from "./logger";
import { createRealtimeServer } from "./realtime";
import { getRedis } from "./redis";
import { CLIENT_IP_HEADER, resolveClientIp } from "./rate-limit";

// 25 s to drain: in-flight requests and jobs finish, under the 30 s that docker stop and
// Kubernetes wait before SIGKILL.
const SHUTDOWN_GRACE_MS = 25_000;

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

export async function startWebServer(): Promise<WebServer> {
  const dev = env.NODE_ENV === "development";
  const app = next({ dev, dir: process.cwd(), hostname: env.HOST, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const upgrade = app.getUpgradeHandler();

  const server = createServer((req, res) => {
    // Decided here, from the socket, so a client cannot pick its own rate-limit key.
    req.headers[CLIENT_IP_HEADER] = resolveClientIp(req.headers, req.socket.remoteAddress, env.TRUST_PROXY);
    void handle(req, res);
  });
  const realtime = createRealtimeServer(server);
  // Socket.IO answers its own path; every other upgrade (Next's dev HMR) goes to Next.
  server.on("upgrade", (req, socket, head) => {
    if (!req.url?.startsWith("/socket.io/")) void upgrade(req, socket, head);
  });
  const workers: RunningWorkers | null = env.RUN_WORKER_IN_WEB ? startWorkers() : null;

  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  const url = `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}`;
  logger.info({ url, dev, worker: Boolean(workers) }, "Baton web server listening");

  return {
    url,
    async close() {
      // Stop accepting first, then drain: sockets, jobs in flight, queues, Redis, Postgres.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await drainBackground();
      await realtime.close();
      await workers?.close();
      await closeQueues();
      await closed;
      await app.close();
      await Promise.allSettled([getRedis().quit(), db.$disconnect()]);
    },
  };
}

async function main() {
  const web = await startWebServer();
  const stop = async (signal: string) => {
    logger.info({ signal }, "shutting down");
    const timer = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    await web.close();
    clearTimeout(timer);
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    logger.fatal({ err: error }, "web server failed to start");
    process.exit(1);
  });
}

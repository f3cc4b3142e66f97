// Socket Mode (no public URL needed): for each manual connection with an app-level token, the
// worker holds one WebSocket to Slack (SocketModeClient: apps.connections.open, then the wss URL it
// returns). What arrives goes through receiveSocketModeEnvelope, the same queueing as the HTTP
// routes. Connections are found by polling the database, so one made or changed in the dashboard
// needs no message to the worker. Reconnecting is done here, not by the library: its own
// reconnect loop leaves a rejected promise unhandled when Slack refuses the token, which would
// stop the worker process.
import { LogLevel, SocketModeClient, type Logger as SlackLogger } from "@slack/socket-mode";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { logger } from "@/server/logger";
import { decryptSecret } from "@/server/secrets";
import { markSlackAttention } from "../mark-slack-attention";
import { classifySlackError } from "../slack-errors";
import { findSocketModeInstallations } from "../slack-installations.repository";
import { receiveSocketModeEnvelope } from "./receive-socket-mode-envelope";
import { markSocketConnected, markSocketDisconnected } from "./socket-mode-status";

// A connection made in the dashboard starts receiving within this; one indexed query per tick.
const SYNC_INTERVAL_MS = 15_000;
// The dashboard's "connected" outlives two missed syncs, not a dead worker.
const STATUS_TTL_MS = 3 * SYNC_INTERVAL_MS;
// As the Web API client (slack-client.ts): Slack answers within a second; this bounds a hung call.
const OPEN_TIMEOUT_MS = 10_000;
// Slack closes healthy sockets now and then (it says "disconnect" first): a new one opens after
// a second. A socket that never opened is tried again after 2 s, doubling up to 5 minutes.
const RECONNECT_MS = 1_000;
const RETRY_BASE_MS = 2_000;
const RETRY_MAX_MS = 5 * 60_000;

interface Connection {
  /** The stored (encrypted) token: a reconnect in the dashboard stores a new one, which restarts the socket. */
  storedToken: string;
  client: SocketModeClient;
  connected: boolean;
}

export interface SlackSocketMode {
  /** Opens sockets for new connections and closes those removed, disconnected or changed. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export function startSlackSocketMode({ syncIntervalMs = SYNC_INTERVAL_MS }: { syncIntervalMs?: number } = {}): SlackSocketMode {
  const connections = new Map<string, Connection>();
  const retries = new Map<string, { at: number; failures: number }>();
  let syncing: Promise<void> | null = null;
  let closed = false;

  async function syncOnce() {
    const rows = await findSocketModeInstallations(db);
    const wanted = new Map(rows.map((row) => [row.id, row]));
    for (const [installationId, connection] of connections) {
      if (wanted.get(installationId)?.appToken === connection.storedToken) continue;
      connections.delete(installationId);
      await stop(installationId, connection);
    }
    for (const row of rows) {
      if (closed || !row.appToken || connections.has(row.id) || (retries.get(row.id)?.at ?? 0) > Date.now()) continue;
      connections.set(row.id, open({ ...row, appToken: row.appToken }));
    }
    await Promise.all([...connections].filter(([, connection]) => connection.connected).map(([installationId]) => markSocketConnected(installationId, STATUS_TTL_MS)));
  }

  function open(row: { id: string; organizationId: string; appToken: string }): Connection {
    const client = new SocketModeClient({
      appToken: decryptSecret(row.appToken),
      logger: slackLogger(row.id),
      autoReconnectEnabled: false,
      clientOptions: { slackApiUrl: env.SLACK_API_URL, allowAbsoluteUrls: false, timeout: OPEN_TIMEOUT_MS, retryConfig: { retries: 0 } },
    });
    const connection: Connection = { storedToken: row.appToken, client, connected: false };
    client.on("slack_event", (envelope: { type: string; body: unknown; ack: () => Promise<void> }) => {
      receiveSocketModeEnvelope(row.id, envelope).catch((error: unknown) => logger.error({ err: error, installationId: row.id, type: envelope.type }, "slack socket mode: could not queue an envelope (Slack will deliver it again)"));
    });
    client.on("connected", () => {
      connection.connected = true;
      retries.delete(row.id);
      void markSocketConnected(row.id, STATUS_TTL_MS).catch(() => undefined);
    });
    client.on("disconnected", () => lost(row.id, connection));
    // start() resolves at Slack's hello and rejects when no socket opened (the token refused, the URL unreachable).
    client.start().catch(async (error: unknown) => {
      const failure = classifySlackError(error);
      if (failure.kind === "revoked") {
        await markSlackAttention({ organizationId: row.organizationId, installationId: row.id, reason: `Slack refused the app-level token (${failure.message}). Reconnect Slack.` }).catch(() => undefined);
      } else {
        logger.warn({ err: error, installationId: row.id }, "slack socket mode: could not connect");
      }
      lost(row.id, connection);
      await client.disconnect().catch(() => undefined);
    });
    return connection;
  }

  /** The socket closed or never opened: open a new one soon (unless it was stopped on purpose). */
  function lost(installationId: string, connection: Connection) {
    const wasConnected = connection.connected;
    connection.connected = false;
    if (connections.get(installationId) !== connection) return;
    connections.delete(installationId);
    void markSocketDisconnected(installationId).catch(() => undefined);
    const failures = wasConnected ? 0 : (retries.get(installationId)?.failures ?? 0) + 1;
    const delayMs = failures === 0 ? RECONNECT_MS : Math.min(RETRY_BASE_MS * 2 ** (failures - 1), RETRY_MAX_MS);
    retries.set(installationId, { at: Date.now() + delayMs, failures });
    if (!closed) setTimeout(tick, delayMs).unref();
  }

  async function stop(installationId: string, connection: Connection) {
    connection.connected = false;
    await connection.client.disconnect().catch((error: unknown) => logger.warn({ err: error, installationId }, "slack socket mode: disconnect failed"));
    await markSocketDisconnected(installationId).catch(() => undefined);
  }

  const sync = () => (syncing ??= syncOnce().finally(() => (syncing = null)));
  const tick = () => void sync().catch((error: unknown) => logger.error({ err: error }, "slack socket mode: sync failed"));
  const timer = setInterval(tick, syncIntervalMs);
  timer.unref();
  tick();

  return {
    sync,
    async close() {
      closed = true;
      clearInterval(timer);
      await syncing?.catch(() => undefined);
      const open = [...connections];
      connections.clear();
      await Promise.all(open.map(([installationId, connection]) => stop(installationId, connection)));
    },
  };
}

/** The Slack library's logs through Baton's logger (JSON, redacted), at Baton's level. */
function slackLogger(installationId: string): SlackLogger {
  const log = logger.child({ component: "slack-socket-mode", installationId });
  const join = (parts: unknown[]) => parts.map((part) => (typeof part === "string" ? part : JSON.stringify(part))).join(" ");
  return {
    debug: (...parts: unknown[]) => log.debug(join(parts)),
    info: (...parts: unknown[]) => log.info(join(parts)),
    warn: (...parts: unknown[]) => log.warn(join(parts)),
    error: (...parts: unknown[]) => log.error(join(parts)),
    setLevel: () => undefined,
    getLevel: () => (log.isLevelEnabled("debug") ? LogLevel.DEBUG : LogLevel.INFO),
    setName: () => undefined,
  };
}

// Socket Mode for the fake Slack (slack-server.ts wires it in): `apps.connections.open` with an
// app-level token answers a ws:// URL on the fake's own port, as Slack answers a wss:// one; the
// socket gets Slack's `hello`, then whatever envelopes a test pushes, and records the client's acks
// (`{ envelope_id, payload? }`). Real @slack/socket-mode clients connect to it unchanged.
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";

export interface SocketModeEnvelope {
  envelope_id: string;
  type: "events_api" | "interactive";
  payload: Record<string, unknown>;
}

export interface SocketModeAck {
  envelope_id: string;
  payload?: unknown;
  at: number;
}

export type FakeSocketMode = ReturnType<typeof attachSocketMode>;

const ACK_TIMEOUT_MS = 5_000;

export function attachSocketMode(server: Server, apiUrl: string) {
  const wss = new WebSocketServer({ noServer: true });
  const appTokens = new Map<string, string>();
  // A URL from apps.connections.open works once, as Slack's do.
  const tickets = new Map<string, string>();
  const sockets = new Map<string, Set<WebSocket>>();
  const acks: SocketModeAck[] = [];
  const waiting = new Map<string, (ack: SocketModeAck) => void>();
  let counter = 0;

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const ticket = /^\/socket-mode\/([\w-]+)/.exec(req.url ?? "")?.[1];
    const teamId = ticket ? tickets.get(ticket) : undefined;
    if (!ticket || !teamId) {
      socket.end("HTTP/1.1 401 Unauthorized\r\n\r\n");
      return;
    }
    tickets.delete(ticket);
    wss.handleUpgrade(req, socket, head, (ws) => {
      const open = sockets.get(teamId) ?? new Set();
      sockets.set(teamId, open.add(ws));
      ws.on("close", () => open.delete(ws));
      ws.on("message", (data) => {
        const message = safeParse(String(data));
        if (typeof message?.envelope_id !== "string") return;
        const ack = { envelope_id: message.envelope_id, payload: message.payload, at: Date.now() };
        acks.push(ack);
        waiting.get(ack.envelope_id)?.(ack);
      });
      ws.send(JSON.stringify({ type: "hello", num_connections: open.size, connection_info: { app_id: "A0FAKEAPP" }, debug_info: { host: "fake-slack" } }));
    });
  };
  server.on("upgrade", onUpgrade);

  return {
    acks,
    /** Answers apps.connections.open: only an app-level token may open a connection. */
    open(token: string | null): Record<string, unknown> {
      if (!token) return { ok: false, error: "not_authed" };
      const teamId = appTokens.get(token);
      if (!teamId) return { ok: false, error: token.startsWith("xapp-") ? "invalid_auth" : "not_allowed_token_type" };
      const ticket = `t${++counter}${Math.random().toString(36).slice(2)}`;
      tickets.set(ticket, teamId);
      return { ok: true, url: `ws://${new URL(apiUrl).host}/socket-mode/${ticket}` };
    },
    /** An app-level token (xapp-...) of the app installed in this Slack workspace. */
    addAppToken(teamId: string, token = `xapp-1-A0FAKEAPP-${teamId}-${Math.random().toString(36).slice(2)}`): string {
      appTokens.set(token, teamId);
      return token;
    },
    connections(teamId: string): number {
      return [...(sockets.get(teamId) ?? [])].filter((ws) => ws.readyState === ws.OPEN).length;
    },
    async waitForConnection(teamId: string, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (this.connections(teamId) === 0) {
        if (Date.now() > deadline) throw new Error(`fake Slack: no Socket Mode connection for ${teamId} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    /**
     * Sends an envelope on one of the team's open sockets (as Slack picks one of an app's
     * connections) and resolves with the client's ack; rejects when none comes within 5 s.
     */
    push(teamId: string, envelope: Omit<SocketModeEnvelope, "envelope_id"> & { envelope_id?: string }): Promise<SocketModeAck> {
      const ws = [...(sockets.get(teamId) ?? [])].find((candidate) => candidate.readyState === candidate.OPEN);
      if (!ws) return Promise.reject(new Error(`fake Slack: no Socket Mode connection for ${teamId}`));
      const envelopeId = envelope.envelope_id ?? `env-${++counter}-${Date.now()}`;
      const acked = new Promise<SocketModeAck>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(envelopeId);
          reject(new Error(`fake Slack: envelope ${envelopeId} was not acknowledged within ${ACK_TIMEOUT_MS} ms`));
        }, ACK_TIMEOUT_MS);
        waiting.set(envelopeId, (ack) => {
          clearTimeout(timer);
          waiting.delete(envelopeId);
          resolve(ack);
        });
      });
      ws.send(JSON.stringify({ envelope_id: envelopeId, type: envelope.type, payload: envelope.payload, accepts_response_payload: false, retry_attempt: 0, retry_reason: "" }));
      return acked;
    },
    /** Drops the team's open sockets, as a network failure or a Slack restart would. */
    drop(teamId: string) {
      for (const ws of sockets.get(teamId) ?? []) ws.terminate();
    },
    /** Closes every socket (clients see the connection drop), so the HTTP server can close. */
    close() {
      server.off("upgrade", onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

function safeParse(text: string): Record<string, unknown> | null {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
}

// A fake Slack Web API that speaks the real wire protocol, so tests run the real @slack/web-api
// client (form-encoded POST /api/<method>, Bearer token, JSON answers, 429 + Retry-After) against
// it: `slackApiUrl: fake.url`. It records every call, enforces Slack's one message per second per
// channel for chat.postMessage, and can be told to fail (5xx, token_revoked, 429). It also builds
// signed Events API and interactivity requests for Baton's endpoints, good, forged or stale, and
// serves Socket Mode connections (slack-socket-mode.ts) that tests push envelopes through.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { signSlackRequest } from "@/features/slack/slack-signature";
import { attachSocketMode } from "./slack-socket-mode";

export interface SlackCall {
  method: string;
  token: string | null;
  args: Record<string, any>;
  at: number;
  /** HTTP status answered (200, 429, 5xx) and Slack's error, if any. */
  status: number;
  error?: string;
}

export interface SlackMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  blocks?: any[];
  bot_id: string;
  updates: number;
}

interface Workspace {
  teamId: string;
  teamName: string;
  botToken: string;
  botUserId: string;
  botId: string;
}

type Failure = { status: number; retryAfter?: number } | { error: string };

export interface FakeSlackOptions {
  /** Least spacing between two chat.postMessage calls in one channel (Slack: about 1 s). */
  minGapMs?: number;
  retryAfterSecs?: number;
  clientId?: string;
  clientSecret?: string;
}

export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;

export async function startFakeSlack(options: FakeSlackOptions = {}) {
  const minGapMs = options.minGapMs ?? 1_000;
  const clientId = options.clientId ?? "111.222";
  const clientSecret = options.clientSecret ?? "fake-client-secret";
  const calls: SlackCall[] = [];
  const messages: SlackMessage[] = [];
  const workspaces = new Map<string, Workspace>();
  const revoked = new Map<string, string>();
  const users = new Map<string, { id: string; email: string | null; displayName: string; realName: string }>();
  const oauthCodes = new Map<string, Workspace>();
  const failures = new Map<string, Failure[]>();
  const lastPost = new Map<string, number>();
  const holds = new Map<string, number[]>();
  const failureWindows = new Map<string, { failure: Failure; until: number }>();
  let rateLimited = 0;
  let seq = 0;

  const nextTs = () => `${Math.floor(Date.now() / 1000)}.${String(++seq).padStart(6, "0")}`;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const method = /^\/api\/([\w.]+)$/.exec(req.url ?? "")?.[1];
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const args: Record<string, any> = {};
    const type = req.headers["content-type"] ?? "";
    if (type.includes("application/json")) Object.assign(args, JSON.parse(raw || "{}"));
    else
      for (const [key, value] of new URLSearchParams(raw)) {
        // The client JSON-encodes nested arguments (blocks, attachments) inside the form.
        args[key] = /^[[{]/.test(value) ? safeJson(value) : value;
      }
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? (typeof args.token === "string" ? args.token : null);
    const call: SlackCall = { method: method ?? req.url ?? "", token, args, at: Date.now(), status: 200 };
    calls.push(call);
    const send = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) => {
      call.status = status;
      if (body.ok === false) call.error = String(body.error);
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.method !== "POST" || !method) return send(404, { ok: false, error: "unknown_method" });

    // Fault modes (test/faults): a held call answers late, or never if the client gave up (as if
    // the request never reached Slack); during a failure window every call fails the same way.
    const holdMs = holds.get(method)?.shift();
    if (holdMs !== undefined && !(await heldUntilAnswer(res, holdMs))) {
      call.status = 0;
      call.error = "client_gone";
      return;
    }
    const window = failureWindows.get(method);
    const failure = window && Date.now() < window.until ? window.failure : failures.get(method)?.shift();
    if (failure) {
      if ("error" in failure) return send(200, { ok: false, error: failure.error });
      if (failure.status === 429) rateLimited += 1;
      return send(failure.status, failure.status === 429 ? { ok: false, error: "ratelimited" } : { ok: false, error: "fatal_error" }, failure.retryAfter ? { "retry-after": String(failure.retryAfter) } : {});
    }
    if (method === "oauth.v2.access") return oauthAccess(args, send);

    const workspace = [...workspaces.values()].find((candidate) => candidate.botToken === token);
    if (!token) return send(200, { ok: false, error: "not_authed" });
    if (revoked.has(token)) return send(200, { ok: false, error: revoked.get(token)! });
    if (method === "apps.connections.open") return send(200, socketMode.open(token));
    if (!workspace) return send(200, { ok: false, error: "invalid_auth" });

    switch (method) {
      case "auth.test":
        return send(200, { ok: true, url: `https://${workspace.teamName.toLowerCase()}.slack.test/`, team: workspace.teamName, user: "baton", team_id: workspace.teamId, user_id: workspace.botUserId, bot_id: workspace.botId });
      case "chat.postMessage": {
        if (!args.channel) return send(200, { ok: false, error: "channel_not_found" });
        const last = lastPost.get(args.channel);
        const now = Date.now();
        if (last !== undefined && now - last < minGapMs) {
          rateLimited += 1;
          return send(429, { ok: false, error: "ratelimited" }, { "retry-after": String(options.retryAfterSecs ?? 1) });
        }
        lastPost.set(args.channel, now);
        const message: SlackMessage = { channel: args.channel, ts: nextTs(), thread_ts: args.thread_ts, text: String(args.text ?? ""), blocks: args.blocks, bot_id: workspace.botId, updates: 0 };
        messages.push(message);
        return send(200, { ok: true, channel: message.channel, ts: message.ts, message: { ...message, user: workspace.botUserId } });
      }
      case "chat.update": {
        const message = messages.find((candidate) => candidate.channel === args.channel && candidate.ts === args.ts);
        if (!message) return send(200, { ok: false, error: "message_not_found" });
        Object.assign(message, { text: String(args.text ?? message.text), blocks: args.blocks ?? message.blocks, updates: message.updates + 1 });
        return send(200, { ok: true, channel: message.channel, ts: message.ts, text: message.text });
      }
      case "chat.postEphemeral":
        return send(200, { ok: true, message_ts: nextTs() });
      case "users.info": {
        const user = users.get(`${workspace.teamId}/${args.user}`);
        if (!user) return send(200, { ok: false, error: "user_not_found" });
        return send(200, { ok: true, user: { id: user.id, team_id: workspace.teamId, name: user.displayName.toLowerCase(), real_name: user.realName, profile: { email: user.email ?? undefined, display_name: user.displayName, real_name: user.realName } } });
      }
      case "conversations.info":
        return send(200, { ok: true, channel: { id: args.channel, name: `channel-${String(args.channel).toLowerCase()}`, is_member: true } });
      default:
        return send(200, { ok: false, error: "unknown_method" });
    }
  }

  function oauthAccess(args: Record<string, any>, send: (status: number, body: Record<string, unknown>) => void) {
    if (args.client_id !== clientId || args.client_secret !== clientSecret) return send(200, { ok: false, error: "invalid_client_id" });
    const workspace = oauthCodes.get(String(args.code));
    if (!workspace) return send(200, { ok: false, error: "invalid_code" });
    oauthCodes.delete(String(args.code));
    workspaces.set(workspace.teamId, workspace);
    return send(200, {
      ok: true,
      access_token: workspace.botToken,
      token_type: "bot",
      scope: "chat:write,channels:history,groups:history,users:read,users:read.email",
      bot_user_id: workspace.botUserId,
      app_id: "A0FAKEAPP",
      team: { id: workspace.teamId, name: workspace.teamName },
      enterprise: null,
      is_enterprise_install: false,
      authed_user: { id: "U0INSTALLER" },
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: false, error: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/api/`;
  const socketMode = attachSocketMode(server, url);

  const workspaceFor = (teamId: string, teamName = teamId, botToken = `xoxb-${teamId}-fake-token-${Math.random().toString(36).slice(2)}`) => ({ teamId, teamName, botToken, botUserId: `UBOT${teamId}`, botId: `BBOT${teamId}` });

  return {
    url,
    clientId,
    /** Socket Mode: app-level tokens, open connections, envelopes pushed and their acks. */
    socketMode,
    clientSecret,
    calls,
    messages,
    get rateLimited() {
      return rateLimited;
    },
    /** A Slack workspace with a bot token that works (manual mode, or already installed). */
    addWorkspace(teamId: string, teamName?: string, botToken?: string): Workspace {
      const workspace = workspaceFor(teamId, teamName, botToken);
      workspaces.set(teamId, workspace);
      return workspace;
    },
    /** An authorization code that oauth.v2.access exchanges (once) for this workspace's bot token. */
    addOAuthCode(code: string, teamId: string, teamName?: string): Workspace {
      const workspace = workspaceFor(teamId, teamName);
      oauthCodes.set(code, workspace);
      return workspace;
    },
    addUser(teamId: string, user: { id: string; email: string | null; displayName: string; realName?: string }) {
      users.set(`${teamId}/${user.id}`, { ...user, realName: user.realName ?? user.displayName });
    },
    /** Every later call with this token answers { ok: false, error }. */
    revoke(token: string, error = "token_revoked") {
      revoked.set(token, error);
    },
    /** The next `times` calls of `method` fail this way (HTTP status, with Retry-After for 429, or a Slack error). */
    failNext(method: string, failure: Failure, times = 1) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => failure)]);
    },
    /** The next `times` calls of `method` wait `ms` before they are handled; a client that disconnects meanwhile gets nothing done. */
    holdNext(method: string, ms: number, times = 1) {
      holds.set(method, [...(holds.get(method) ?? []), ...Array.from({ length: times }, () => ms)]);
    },
    /** Every call of `method` fails this way for the next `ms` (an outage), then works again. */
    failFor(method: string, failure: Failure, ms: number) {
      failureWindows.set(method, { failure, until: Date.now() + ms });
    },
    callsTo(method: string) {
      return calls.filter((call) => call.method === method);
    },
    /** Top-level messages in a channel (parents), oldest first. */
    parents(channel?: string) {
      return messages.filter((message) => !message.thread_ts && (!channel || message.channel === channel));
    },
    replies(threadTs: string) {
      return messages.filter((message) => message.thread_ts === threadTs);
    },
    async waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 5_000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = probe();
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`fake Slack: condition not met within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => {
      socketMode.close();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Waits `ms`; false when the client closed the connection first. */
function heldUntilAnswer(res: ServerResponse, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(!res.destroyed), ms);
    res.once("close", () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

// ---------------------------------------------------------------- signed requests to Baton

export interface SignedBody {
  rawBody: string;
  headers: Record<string, string>;
}

/** Headers Slack sends with a request: its signature over the raw body, and the timestamp. */
export function signed(secret: string, rawBody: string, contentType: string, { timestamp = Math.floor(Date.now() / 1000) }: { timestamp?: number } = {}): SignedBody {
  return {
    rawBody,
    headers: { "content-type": contentType, "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signSlackRequest(secret, timestamp, rawBody) },
  };
}

let eventCounter = 0;

/** The body of an Events API delivery (event_callback): an HTTP request's, or a Socket Mode envelope's payload. */
export function eventCallback({ teamId, event, eventId = `Ev${Date.now()}${++eventCounter}` }: { teamId: string; event: Record<string, unknown>; eventId?: string }) {
  return { token: "deprecated", team_id: teamId, api_app_id: "A0FAKEAPP", type: "event_callback", event_id: eventId, event_time: Math.floor(Date.now() / 1000), event };
}

/** An Events API delivery (event_callback) of one event, signed. */
export function eventRequest(secret: string, { teamId, event, eventId, timestamp }: { teamId: string; event: Record<string, unknown>; eventId?: string; timestamp?: number }): SignedBody & { eventId: string } {
  const body = eventCallback({ teamId, event, eventId });
  return { ...signed(secret, JSON.stringify(body), "application/json", { timestamp }), eventId: body.event_id };
}

/** A person's reply in a thread, as Slack's `message` event carries it. */
export function threadReply({ channel, threadTs, user, text, ts }: { channel: string; threadTs: string; user: string; text: string; ts?: string }) {
  return { type: "message", channel, user, text, ts: ts ?? `${Math.floor(Date.now() / 1000)}.${String(900_000 + ++eventCounter).padStart(6, "0")}`, thread_ts: threadTs, channel_type: "channel" };
}

export function urlVerificationRequest(secret: string, challenge: string): SignedBody {
  return signed(secret, JSON.stringify({ token: "deprecated", challenge, type: "url_verification" }), "application/json");
}

export interface BlockAction {
  teamId: string;
  user: { id: string; name?: string };
  channel: string;
  messageTs: string;
  threadTs?: string;
  actionId: string;
  value?: string;
}

/** A button press (block_actions), form-encoded as `payload=<json>` like Slack sends it. */
export function blockActionRequest(secret: string, { timestamp, ...action }: BlockAction & { timestamp?: number }): SignedBody {
  return signed(secret, new URLSearchParams({ payload: JSON.stringify(blockActionsPayload(action)) }).toString(), "application/x-www-form-urlencoded", { timestamp });
}

/** The block_actions payload of a button press: an HTTP request's `payload` field, or a Socket Mode envelope's payload. */
export function blockActionsPayload({ teamId, user, channel, messageTs, threadTs, actionId, value }: BlockAction) {
  return {
    type: "block_actions",
    team: { id: teamId, domain: "fake" },
    user: { id: user.id, username: user.name ?? user.id, name: user.name ?? user.id, team_id: teamId },
    api_app_id: "A0FAKEAPP",
    container: { type: "message", message_ts: messageTs, channel_id: channel, is_ephemeral: false, ...(threadTs ? { thread_ts: threadTs } : {}) },
    trigger_id: `${Date.now()}.trigger`,
    channel: { id: channel, name: "support" },
    message: { ts: messageTs, ...(threadTs ? { thread_ts: threadTs } : {}) },
    response_url: "https://hooks.slack.test/actions/fake",
    actions: [{ action_id: actionId, block_id: "baton", value, type: "button", action_ts: `${Date.now() / 1000}${++eventCounter}` }],
  };
}

// The one place a Slack WebClient is made. Retries are the queue's job, not the client's:
// - retryConfig { retries: 0 }: the client's default policy (10 retries over ~30 minutes) would hold
//   a worker slot that long, and retry revoked tokens' neighbours' 5xx blindly;
// - rejectRateLimitedCalls: by default a 429 pauses the client's whole request queue (every
//   channel) while it sleeps; rejected, it becomes a delayed job that honours Retry-After exactly
//   and frees the worker for other channels.
// allowAbsoluteUrls false: every call goes to SLACK_API_URL, so a test never reaches the internet.
import { WebClient } from "@slack/web-api";
import { env } from "@/server/env";

// Slack answers in well under a second; 10 s bounds a hung connection and fits the worker's
// 25 s shutdown grace.
const SLACK_TIMEOUT_MS = 10_000;

export function slackClient(token?: string): WebClient {
  return new WebClient(token, {
    slackApiUrl: env.SLACK_API_URL,
    allowAbsoluteUrls: false,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: SLACK_TIMEOUT_MS,
  });
}

// A WebClient per bot token, reused: building one (its HTTP agent, its request queue) costs more
// CPU than the call on the escalation path. Bounded, oldest first out; a revoked token's client
// just fails like a new one would.
const MAX_CACHED_CLIENTS = 500;
const clients = new Map<string, WebClient>();

/** The shared client of a bot token (the connection's calls); slackClient() for one-off calls. */
export function cachedSlackClient(token: string): WebClient {
  let client = clients.get(token);
  if (!client) {
    client = slackClient(token);
    clients.set(token, client);
    if (clients.size > MAX_CACHED_CLIENTS) clients.delete(clients.keys().next().value!);
  }
  return client;
}

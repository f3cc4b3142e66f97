// How a failed Slack call is handled, decided once: the queue's backoff and the senders read it.
import { ErrorCode, type WebAPIHTTPError, type WebAPIPlatformError, type WebAPIRateLimitedError } from "@slack/web-api";
import { RetryLater } from "@/jobs/retry-later";

/** The token no longer works: retrying cannot help, an admin has to reconnect. */
const REVOKED = new Set(["token_revoked", "invalid_auth", "account_inactive", "not_authed", "token_expired", "no_permission", "missing_scope", "team_access_not_granted"]);
/** Slack says "try later" in the body on some methods. */
const TRANSIENT = new Set(["internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited"]);

export type SlackFailure =
  | { kind: "rate_limited"; retryAfterMs: number; message: string }
  | { kind: "transient"; message: string }
  | { kind: "revoked"; message: string }
  | { kind: "rejected"; message: string };

export function classifySlackError(error: unknown): SlackFailure {
  const code = (error as { code?: string } | null)?.code;
  if (code === ErrorCode.RateLimitedError) {
    const retryAfter = (error as WebAPIRateLimitedError).retryAfter;
    return { kind: "rate_limited", retryAfterMs: Math.max(1, retryAfter) * 1000, message: `rate limited, retry after ${retryAfter}s` };
  }
  if (code === ErrorCode.PlatformError) {
    const slackError = (error as WebAPIPlatformError).data.error;
    if (REVOKED.has(slackError)) return { kind: "revoked", message: slackError };
    if (TRANSIENT.has(slackError)) return { kind: "transient", message: slackError };
    return { kind: "rejected", message: slackError };
  }
  if (code === ErrorCode.HTTPError) {
    const status = (error as WebAPIHTTPError).statusCode;
    return status >= 500 || status === 408 ? { kind: "transient", message: `HTTP ${status}` } : { kind: "rejected", message: `HTTP ${status}` };
  }
  // Network errors, timeouts (WebAPIRequestError) and anything unexpected: worth another try.
  return { kind: "transient", message: error instanceof Error ? error.message : String(error) };
}

/**
 * Thrown to make the queue try again after a given time (Slack's Retry-After, or a channel's next
 * free slot): the worker delays the job without spending an attempt (jobs/retry-later.ts).
 */
export class SlackRetryLater extends RetryLater {
  constructor(message: string, retryAfterMs: number) {
    super(message, retryAfterMs);
    this.name = "SlackRetryLater";
  }
}

/** Backoff of the slack queue: Retry-After when Slack gave one, else 2 s doubling, capped at 5 minutes. */
export function slackBackoffMs(attemptsMade: number, error: unknown): number {
  if (error instanceof SlackRetryLater) return error.retryAfterMs;
  return Math.min(2_000 * 2 ** Math.max(0, attemptsMade - 1), 5 * 60_000);
}

/** Tries per Slack job: with the backoff above about 17 minutes of Slack being down are absorbed. */
export const SLACK_MAX_ATTEMPTS = 10;

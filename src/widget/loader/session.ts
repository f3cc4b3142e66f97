// The loader's half of the session: it calls POST /api/widget/session from the host page (so the
// server checks the page's Origin against the inbox's allowed origins), keeps the long-lived
// visitorId in the host page's localStorage (first-party storage, shared by the site's tabs, and
// unaffected by third-party storage partitioning of the iframe), and refreshes the short-lived
// token before it expires.
import type { Identity, Session, Theme } from "../shared/protocol";

const storageKey = (publicKey: string, what: string) => `baton:${publicKey}:${what}`;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage disabled (privacy mode, sandbox): the visitor is new on every page
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // full or disabled: nothing to do
  }
}

/** The theme of the last session, so a returning visitor sees the launcher at once. */
export function cachedTheme(publicKey: string): Theme | null {
  try {
    return JSON.parse(read(storageKey(publicKey, "theme")) ?? "null") as Theme | null;
  } catch {
    return null;
  }
}

export class SessionError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterSecs: number | null,
  ) {
    super(message);
  }
}

export async function startSession(host: string, publicKey: string, locale: string | null): Promise<Session> {
  const response = await fetch(`${host}/api/widget/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      publicKey,
      visitorId: read(storageKey(publicKey, "visitor")) ?? undefined,
      locale: locale ?? navigator.language,
      page: location.href.slice(0, 2048),
    }),
  });
  const body = (await response.json().catch(() => null)) as (Session & { error?: { message?: string } }) | null;
  if (!response.ok || !body?.token) {
    const retryAfter = Number(response.headers.get("retry-after"));
    throw new SessionError(body?.error?.message ?? `session failed (${response.status})`, response.status, retryAfter > 0 ? retryAfter : null);
  }
  write(storageKey(publicKey, "visitor"), body.visitorId);
  write(storageKey(publicKey, "theme"), JSON.stringify(body.inbox.theme));
  return body;
}

/** When to refresh: two minutes before expiry, never sooner than ten seconds from now. */
export function refreshDelayMs(expiresAt: string, now = Date.now()): number {
  const at = Date.parse(expiresAt) - 120_000;
  return Number.isFinite(at) ? Math.max(10_000, at - now) : 60_000;
}

/** Retry delay after a failed session call: the server's Retry-After, else 2, 4, 8 ... 60 s. */
export function retryDelayMs(error: unknown, attempt: number): number | null {
  if (error instanceof SessionError) {
    // 403 (origin not allowed) and 404 (unknown key) will not fix themselves.
    if (error.status === 403 || error.status === 404 || error.status === 422) return null;
    if (error.retryAfterSecs) return error.retryAfterSecs * 1000;
  }
  return Math.min(60_000, 2000 * 2 ** attempt);
}

export async function sendIdentity(host: string, token: string, identity: Identity): Promise<void> {
  const response = await fetch(`${host}/api/widget/identify`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(identity),
  });
  if (!response.ok) console.warn(`[Baton] identify failed (${response.status})`);
}

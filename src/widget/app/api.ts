// REST calls to Baton (same origin as the iframe) with the visitor token. A 401 asks the loader
// for a fresh session once and replays the call; network failures, 408, 429 and 5xx are marked
// retryable, and withRetry() backs off (honouring Retry-After) before giving up.

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterMs: number | null,
    readonly retryable: boolean,
    /** The server's error code (`ALREADY_RATED`...), when it sent one. */
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

export interface Api {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

export interface ApiOptions {
  token(): string;
  /** Resolves once the loader has sent a new session (or after a timeout). */
  refresh(): Promise<void>;
  fetch?: typeof fetch;
}

export function createApi({ token, refresh, fetch: fetcher = (...args) => fetch(...args) }: ApiOptions): Api {
  async function request<T>(method: string, path: string, body: unknown, replayed: boolean): Promise<T> {
    let response: Response;
    try {
      response = await fetcher(path, {
        method,
        headers: { authorization: `Bearer ${token()}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError("network error", 0, null, true);
    }
    if (response.status === 401 && !replayed) {
      await refresh();
      return request(method, path, body, true);
    }
    const data = (await response.json().catch(() => null)) as (T & { error?: { code?: string; message?: string } }) | null;
    if (!response.ok) {
      const retryAfter = Number(response.headers.get("retry-after"));
      const retryable = response.status === 408 || response.status === 429 || response.status >= 500;
      throw new ApiError(data?.error?.message ?? `HTTP ${response.status}`, response.status, retryAfter > 0 ? retryAfter * 1000 : null, retryable, data?.error?.code ?? null);
    }
    return data as T;
  }
  return {
    get: (path) => request("GET", path, undefined, false),
    post: (path, body) => request("POST", path, body, false),
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs fn, retrying retryable failures with exponential backoff: 1, 2, 4 s (or Retry-After). */
export async function withRetry<T>(fn: () => Promise<T>, attempts = 4, baseMs = 1000, wait = sleep): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!(error instanceof ApiError) || !error.retryable || attempt >= attempts - 1) throw error;
      await wait(error.retryAfterMs ?? baseMs * 2 ** attempt);
    }
  }
}

/** A v4 UUID; crypto.randomUUID is missing outside secure contexts (a demo on plain http). */
export function uuid(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

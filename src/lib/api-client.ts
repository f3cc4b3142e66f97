// A small typed fetch helper for the browser: JSON in and out, same-origin cookies, and one error
// type. Baton's routes answer errors as { error: { code, message, details? } }; better-auth's own
// endpoints (sign-in, password reset) answer { code, message }, so both shapes are read.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface ApiRequestOptions {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; details?: unknown };
  code?: unknown;
  message?: unknown;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  401: "Sign in to continue",
  403: "You do not have permission to do this",
  404: "Not found",
  429: "Too many attempts; try again later",
};

function toApiError(status: number, body: unknown, retryAfter: string | null): ApiError {
  const parsed = (body && typeof body === "object" ? body : {}) as ErrorBody;
  const source = parsed.error ?? parsed;
  const code = typeof source.code === "string" && source.code ? source.code : `HTTP_${status}`;
  let message = typeof source.message === "string" && source.message ? source.message : "";
  if (!message) {
    message = FALLBACK_MESSAGES[status] ?? (status >= 500 ? "Something went wrong on our side; try again" : "The request failed");
    if (status === 429 && retryAfter) message = `Too many attempts; try again in ${retryAfter} seconds`;
  }
  return new ApiError(status, code, message, "details" in source ? source.details : undefined);
}

/** Calls a same-origin JSON endpoint; resolves with the parsed body (undefined for 204). */
export async function apiRequest<T>(path: string, { method = "GET", body, signal }: ApiRequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      credentials: "same-origin",
      headers: body === undefined ? { accept: "application/json" } : { accept: "application/json", "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "NETWORK", "Could not reach Baton; check your connection and try again");
  }
  const text = await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!response.ok) throw toApiError(response.status, data, response.headers.get("retry-after"));
  return data as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>(path, { signal }),
  post: <T>(path: string, body: unknown = {}) => apiRequest<T>(path, { method: "POST", body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: "PATCH", body }),
  delete: <T = void>(path: string) => apiRequest<T>(path, { method: "DELETE" }),
};

/** A message to show for anything a call may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong; try again";
}

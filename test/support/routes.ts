// Calls Next route handlers in-process with real Request objects: the same wrapper, database and
// Redis as production, without a browser or a build.
type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface CallOptions {
  body?: unknown;
  rawBody?: string;
  cookie?: string;
  headers?: Record<string, string>;
  params?: Record<string, string>;
}

export interface CallResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export async function call<T = any>(handler: Handler | undefined, method: string, path: string, options: CallOptions = {}): Promise<CallResult<T>> {
  if (!handler) throw new Error(`No ${method} handler for ${path}`);
  const headers = new Headers(options.headers);
  if (options.cookie) headers.set("cookie", options.cookie);
  if (!headers.has("origin")) headers.set("origin", process.env.PUBLIC_URL!);
  // Unless a test is about one client's limits, each call looks like a different client.
  if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", `192.0.2.${Math.floor(Math.random() * 250) + 1}`);
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers.set("content-type", "application/json");
  }
  const req = new Request(new URL(path, process.env.PUBLIC_URL), { method, headers, body });
  const response = await handler(req, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
}

/** The cookie header a browser would send back after this response. */
export function cookieFrom(response: CallResult): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

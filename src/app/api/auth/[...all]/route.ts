// better-auth's endpoints, narrowed to the ones Baton uses. Sign-up goes through /api/signup
// (it also creates the workspace); sign-in and password reset are rate limited through Redis.
import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/server/auth";
import { PASSWORD_RESET_LIMIT, SIGN_IN_LIMIT } from "@/server/auth-limits";
import { jsonError, withPublic } from "@/server/http";
import { clientIp, consumeRateLimit } from "@/server/rate-limit";

const handlers = toNextJsHandler(auth);

const ALLOWED = new Set([
  "GET /get-session",
  "POST /sign-in/email",
  "POST /sign-out",
  "POST /request-password-reset",
  "GET /reset-password/:token",
  "POST /reset-password",
  "POST /change-password",
  "POST /update-user",
]);

function routeKey(req: Request): string {
  const path = new URL(req.url).pathname.replace(/^\/api\/auth/, "");
  const normalized = path.startsWith("/reset-password/") ? "/reset-password/:token" : path;
  return `${req.method} ${normalized}`;
}

async function throttle(req: Request, key: string): Promise<void> {
  if (key !== "POST /sign-in/email" && key !== "POST /request-password-reset") return;
  const email = await req
    .clone()
    .json()
    .then((body: { email?: unknown }) => String(body.email ?? "").toLowerCase())
    .catch(() => "");
  const limit = key === "POST /sign-in/email" ? SIGN_IN_LIMIT : PASSWORD_RESET_LIMIT;
  await consumeRateLimit(limit, `${clientIp(req)}|${email}`);
}

/** better-auth answers errors as { code, message }: give them Baton's one envelope. */
async function toEnvelope(response: Response): Promise<Response> {
  if (response.status < 400 || !response.headers.get("content-type")?.includes("application/json")) return response;
  const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  const error = { code: body.code ?? "AUTH_ERROR", message: body.message ?? "Authentication failed" };
  return new Response(JSON.stringify({ error }), { status: response.status, headers });
}

const handle = withPublic(async ({ req }) => {
  const key = routeKey(req);
  if (!ALLOWED.has(key)) return jsonError(404, "NOT_FOUND", "Not found");
  await throttle(req, key);
  return toEnvelope(await (req.method === "GET" ? handlers.GET(req) : handlers.POST(req)));
});

export const GET = handle;
export const POST = handle;

// Route handler plumbing: one JSON error envelope, request ids, body limits and error mapping.
// Handlers are wrapped by withPublic / withSession / withTenant (auth-context.ts) and stay short.
import { randomUUID } from "node:crypto";
import { isAPIError } from "better-auth/api";
import { ZodError, type z } from "zod";
import { isDatabaseUnavailable } from "./database-errors";
import { AppError } from "./errors";
import { logger, type Logger } from "./logger";

export type RouteParams = Record<string, string | string[] | undefined>;
export type RouteContext = { params: Promise<RouteParams> };

export interface RequestContext {
  req: Request;
  params: RouteParams;
  requestId: string;
  log: Logger;
}

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export function jsonError(status: number, code: string, message: string, details?: unknown, requestId?: string) {
  const headers: Record<string, string> = requestId ? { "x-request-id": requestId } : {};
  return Response.json({ error: { code, message, ...(details === undefined ? {} : { details }) } }, { status, headers });
}

/** Reads and validates a JSON body: 415 wrong type, 413 too big, 400 malformed, 422 invalid. */
export async function readJson<S extends z.ZodType>(req: Request, schema: S, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<z.output<S>> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().includes("application/json")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json");
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `Body is larger than ${maxBytes} bytes`);
  const text = await readTextWithin(req, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "Malformed JSON body");
  }
  return schema.parse(value);
}

async function readTextWithin(req: Request, maxBytes: number): Promise<string> {
  return (await readBodyWithin(req.body, maxBytes)).toString("utf8");
}

/**
 * The body's exact bytes, at most maxBytes (413 beyond). Webhook signatures cover these raw bytes,
 * so signed routes read with this and never parse and re-serialise.
 */
export async function readBodyWithin(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Buffer> {
  if (!body) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // Chunked bodies have no content-length: stop reading as soon as the limit is passed.
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError("PAYLOAD_TOO_LARGE", `Body is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  return schema.parse(Object.fromEntries(new URL(req.url).searchParams));
}

export function errorToResponse(error: unknown, ctx: Pick<RequestContext, "log" | "requestId">): Response {
  if (error instanceof AppError) {
    const response = jsonError(error.status, error.code, error.message, error.details, ctx.requestId);
    const retryAfter = (error.details as { retryAfter?: number } | undefined)?.retryAfter;
    if (retryAfter) response.headers.set("retry-after", String(retryAfter));
    return response;
  }
  // better-auth's errors (duplicate email, bad password...) already say what went wrong.
  if (isAPIError(error) && error.statusCode < 500) {
    const status = String(error.body?.code ?? "").startsWith("USER_ALREADY_EXISTS") ? 409 : error.statusCode;
    return jsonError(status, String(error.body?.code ?? error.status), error.body?.message ?? error.message, undefined, ctx.requestId);
  }
  if (error instanceof ZodError) {
    const details = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    const first = details[0];
    const message = first ? `${first.path || "body"}: ${first.message}` : "Invalid input";
    return jsonError(422, "VALIDATION_FAILED", message, details, ctx.requestId);
  }
  // PostgreSQL down or restarting: a clear 503 the client can retry, not a 500 that reads as a bug.
  if (isDatabaseUnavailable(error)) {
    ctx.log.warn({ err: error }, "database unavailable");
    const response = jsonError(503, "UNAVAILABLE", "The database is unavailable right now; try again in a few seconds", undefined, ctx.requestId);
    response.headers.set("retry-after", "5");
    return response;
  }
  const prismaCode = (error as { code?: unknown } | null)?.code;
  if (prismaCode === "P2002") return jsonError(409, "CONFLICT", "That already exists", undefined, ctx.requestId);
  if (prismaCode === "P2025") return jsonError(404, "NOT_FOUND", "Not found", undefined, ctx.requestId);
  ctx.log.error({ err: error }, "unhandled error in route");
  return jsonError(500, "INTERNAL", "Something went wrong on our side", undefined, ctx.requestId);
}

export function toResponse(result: unknown): Response {
  if (result instanceof Response) return result;
  if (result === undefined) return new Response(null, { status: 204 });
  return Response.json(result);
}

/** The base of every wrapper: request id, logger, params, and the single error mapping. */
export function withRequest(handler: (ctx: RequestContext) => Promise<unknown>) {
  return async (req: Request, route?: RouteContext): Promise<Response> => {
    const requestId = req.headers.get("x-request-id") ?? randomUUID();
    const log = logger.child({ requestId, method: req.method, path: new URL(req.url).pathname });
    try {
      const params = (await route?.params) ?? {};
      const response = toResponse(await handler({ req, params, requestId, log }));
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (error) {
      return errorToResponse(error, { log, requestId });
    }
  };
}

export const withPublic = withRequest;

/** A path parameter as a string; a missing or repeated one cannot name a row, so it is a 404. */
export function pathParam(ctx: Pick<RequestContext, "params">, name: string): string {
  const value = ctx.params[name];
  if (typeof value !== "string" || value.length === 0 || value.length > 200) throw new AppError("NOT_FOUND", "Not found");
  return value;
}

// Serves a few Next route handlers over real HTTP for a benchmark, on the same node:http server
// as the real Socket.IO server, without building the Next app: each request becomes a Web
// Request, goes through the route's own wrapper (withTenant / withWidgetSession: session or token,
// rate limits, validation, errors) and its Response is written back. What it leaves out is Next's
// own router, which does not touch the database or Redis.
import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_IP_HEADER, resolveClientIp } from "@/server/rate-limit";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface BenchRoute {
  method: string;
  /** Named groups become the route's params, e.g. /^\/api\/inbox\/conversations\/(?<conversationId>[^/]+)\/messages$/. */
  path: RegExp;
  handler: Handler;
}

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (req.method === "GET" || req.method === "HEAD") return undefined;
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return new Uint8Array(Buffer.concat(parts));
}

/** A request listener for `createServer`; anything not in `routes` is a 404. */
export function routeListener(routes: BenchRoute[]) {
  return (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
      const route = routes.find((candidate) => candidate.method === req.method && candidate.path.test(url.pathname));
      if (!route) {
        res.writeHead(404).end();
        return;
      }
      // As main.ts does behind a trusted proxy: the benchmark's clients are all on 127.0.0.1 and
      // say which visitor they are with X-Forwarded-For, so per-IP limits count per visitor.
      req.headers[CLIENT_IP_HEADER] = resolveClientIp(req.headers, req.socket.remoteAddress, true);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
      }
      const body = await readBody(req);
      const request = new Request(url, { method: req.method, headers, body });
      const params = { ...url.pathname.match(route.path)?.groups };
      const response = await route.handler(request, { params: Promise.resolve(params) });
      const payload = Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(payload);
    })().catch((error: unknown) => {
      console.error("[route-server]", error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };
}

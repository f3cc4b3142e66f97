// Wrappers for the widget's public endpoints: CORS for the loader's cross-origin session call,
// visitor-token authentication, and per-visitor / per-IP rate limits.
import type { Visitor } from "@/features/widget/visitor";
import { verifyVisitorToken } from "@/features/widget/visitor-token";
import { AppError } from "./errors";
import { withRequest, type RequestContext, type RouteContext } from "./http";
import { clientIp, consumeRateLimit, type RateLimit } from "./rate-limit";

export interface WidgetContext extends RequestContext {
  visitor: Visitor;
}

export interface WidgetLimits {
  perVisitor?: RateLimit;
  perIp?: RateLimit;
}

function corsHeaders(req: Request): Record<string, string> {
  const origin = req.headers.get("origin");
  // Bearer tokens, no cookies: reflecting the origin exposes nothing a page could not already do.
  return origin
    ? {
        "access-control-allow-origin": origin,
        "access-control-allow-headers": "content-type, authorization",
        "access-control-allow-methods": "GET, POST, OPTIONS",
        "access-control-max-age": "600",
        vary: "Origin",
      }
    : {};
}

export function withCors(handler: (req: Request, route?: RouteContext) => Promise<Response>) {
  return async (req: Request, route?: RouteContext) => {
    const response = await handler(req, route);
    for (const [name, value] of Object.entries(corsHeaders(req))) response.headers.set(name, value);
    return response;
  };
}

export const corsPreflight = async (req: Request) => new Response(null, { status: 204, headers: corsHeaders(req) });

export function withWidgetSession(handler: (ctx: WidgetContext) => Promise<unknown>, limits: WidgetLimits = {}) {
  return withCors(
    withRequest(async (ctx) => {
      const header = ctx.req.headers.get("authorization") ?? "";
      const claims = header.startsWith("Bearer ") ? verifyVisitorToken(header.slice(7).trim()) : null;
      // A bad token still spends a per-IP point (guessing tokens is what that limit slows down);
      // a good one spends both in one round of Redis calls rather than two (the send path's latency).
      const perIp = limits.perIp ? consumeRateLimit(limits.perIp, clientIp(ctx.req)) : null;
      if (!claims) {
        await perIp;
        throw new AppError("UNAUTHORIZED", "The chat session expired; reload the widget");
      }
      await Promise.all([perIp, limits.perVisitor ? consumeRateLimit(limits.perVisitor, claims.contactId) : null]);
      const { exp: _exp, ...visitor } = claims;
      return handler({ ...ctx, visitor, log: ctx.log.child({ organizationId: visitor.organizationId, contactId: visitor.contactId }) });
    }),
  );
}

// Generous for people, tight for scripts: a visitor types far slower than 20 messages a minute.
export const WIDGET_LIMITS = {
  session: { name: "widget-session", points: 30, durationSecs: 60 },
  postPerVisitor: { name: "widget-post-visitor", points: 20, durationSecs: 60 },
  postPerIp: { name: "widget-post-ip", points: 120, durationSecs: 60 },
  readPerVisitor: { name: "widget-read-visitor", points: 240, durationSecs: 60 },
} satisfies Record<string, RateLimit>;

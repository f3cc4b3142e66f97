// The route wrappers that resolve who is calling (STYLE.md rule 2): withSession for a signed-in
// person, withTenant for a person acting in a workspace with a role, withApiKey for machines.
import type { Actor } from "@/features/tenants/actor";
import { authenticateApiKey } from "@/features/tenants/api-keys";
import type { ApiScope } from "@/features/tenants/api-keys.schemas";
import { resolveActor } from "@/features/tenants/resolve-actor";
import type { Role } from "@/lib/roles";
import { getSessionFromHeaders } from "./auth";
import { AppError } from "./errors";
import { withRequest, type RequestContext } from "./http";

export interface SessionContext extends RequestContext {
  user: { id: string; email: string; name: string };
  sessionId: string;
  activeOrganizationId: string | null;
}

export interface TenantContext extends SessionContext {
  actor: Actor;
}

export interface ApiKeyContext extends RequestContext {
  organizationId: string;
}

async function requireSession(ctx: RequestContext): Promise<SessionContext> {
  const found = await getSessionFromHeaders(ctx.req.headers);
  if (!found) throw new AppError("UNAUTHORIZED", "Sign in to continue");
  const { user, session } = found;
  return {
    ...ctx,
    user: { id: user.id, email: user.email, name: user.name },
    sessionId: session.id,
    activeOrganizationId: (session as { activeOrganizationId?: string | null }).activeOrganizationId ?? null,
  };
}

export function withSession(handler: (ctx: SessionContext) => Promise<unknown>) {
  return withRequest(async (ctx) => handler(await requireSession(ctx)));
}

export function withTenant(handler: (ctx: TenantContext) => Promise<unknown>, options: { roles?: readonly Role[] } = {}) {
  return withRequest(async (ctx) => {
    const session = await requireSession(ctx);
    const actor = await resolveActor({
      userId: session.user.id,
      sessionId: session.sessionId,
      activeOrganizationId: session.activeOrganizationId,
    });
    if (!actor) throw new AppError("FORBIDDEN", "You are not a member of any workspace yet");
    if (options.roles && !options.roles.includes(actor.role)) {
      throw new AppError("FORBIDDEN", `This needs one of these roles: ${options.roles.join(", ")}`);
    }
    const log = ctx.log.child({ organizationId: actor.organizationId, userId: actor.userId });
    return handler({ ...session, log, actor });
  });
}

/**
 * Every v1 route names the scope it needs (null: any valid key, e.g. the key-check endpoint), so a
 * new route cannot forget to; a key without that scope gets 403 naming it.
 */
export function withApiKey(handler: (ctx: ApiKeyContext) => Promise<unknown>, options: { scope: ApiScope | null }) {
  return withRequest(async (ctx) => {
    const header = ctx.req.headers.get("authorization") ?? "";
    const key = header.startsWith("Bearer ") ? header.slice(7).trim() : "";
    const found = key ? await authenticateApiKey(key) : null;
    if (!found) throw new AppError("UNAUTHORIZED", "Pass a valid API key as Authorization: Bearer bk_...");
    if (options.scope && !found.scopes.includes(options.scope)) {
      throw new AppError("FORBIDDEN", `This API key does not have the "${options.scope}" scope; create a key with it in Dashboard > API keys`, {
        requiredScope: options.scope,
        keyScopes: found.scopes,
      });
    }
    return handler({ ...ctx, organizationId: found.organizationId, log: ctx.log.child({ organizationId: found.organizationId }) });
  });
}

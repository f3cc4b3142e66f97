import { getMyAgentProfile, updateMyAgentProfile } from "@/features/inbox/agent-profiles";
import { ZAgentProfileInput } from "@/features/inbox/inbox.schemas";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const GET = withTenant(async (ctx) => getMyAgentProfile({ actor: ctx.actor }));

export const PATCH = withTenant(async (ctx) => updateMyAgentProfile({ actor: ctx.actor, input: await readJson(ctx.req, ZAgentProfileInput) }));

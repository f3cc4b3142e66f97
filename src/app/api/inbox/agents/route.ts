import { findAgentsAndTeams } from "@/features/inbox/agent-profiles";
import { withTenant } from "@/server/auth-context";

export const GET = withTenant(async (ctx) => findAgentsAndTeams({ actor: ctx.actor }));

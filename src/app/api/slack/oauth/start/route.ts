import { startSlackOAuth } from "@/features/slack/start-slack-oauth";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";

// "Add to Slack": the authorize URL with a state bound to this workspace; the page navigates to it.
export const POST = withTenant(async (ctx) => startSlackOAuth({ actor: ctx.actor }), { roles: MANAGER_ROLES });

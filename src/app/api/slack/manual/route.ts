import { connectSlackManually } from "@/features/slack/connect-slack-manually";
import { getSlackSettings } from "@/features/slack/get-slack-settings";
import { ZManualConnectInput } from "@/features/slack/slack.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

// Manual mode: the workspace's own Slack app (bot token + signing secret), checked with auth.test.
export const POST = withTenant(async (ctx) => {
  await connectSlackManually({ actor: ctx.actor, input: await readJson(ctx.req, ZManualConnectInput) });
  return Response.json(await getSlackSettings({ organizationId: ctx.actor.organizationId }), { status: 201 });
}, { roles: MANAGER_ROLES });

import { addSlackChannel } from "@/features/slack/manage-slack-channels";
import { ZSlackChannelInput } from "@/features/slack/slack.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const POST = withTenant(async (ctx) => addSlackChannel({ actor: ctx.actor, input: await readJson(ctx.req, ZSlackChannelInput) }), { roles: MANAGER_ROLES });

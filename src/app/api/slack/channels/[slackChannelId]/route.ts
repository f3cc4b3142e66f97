import { removeSlackChannel, updateSlackChannel } from "@/features/slack/manage-slack-channels";
import { ZSlackChannelPatch } from "@/features/slack/slack.schemas";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam, readJson } from "@/server/http";

export const PATCH = withTenant(
  async (ctx) => updateSlackChannel({ actor: ctx.actor, id: pathParam(ctx, "slackChannelId"), input: await readJson(ctx.req, ZSlackChannelPatch) }),
  { roles: MANAGER_ROLES },
);

export const DELETE = withTenant(async (ctx) => removeSlackChannel({ actor: ctx.actor, id: pathParam(ctx, "slackChannelId") }), { roles: MANAGER_ROLES });

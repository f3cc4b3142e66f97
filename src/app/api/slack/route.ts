import { disconnectSlack } from "@/features/slack/disconnect-slack";
import { getSlackSettings } from "@/features/slack/get-slack-settings";
import { ZUpdateSlackSettingsInput } from "@/features/slack/slack.schemas";
import { updateSlackSettings } from "@/features/slack/update-slack-settings";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const GET = withTenant(async (ctx) => getSlackSettings({ organizationId: ctx.actor.organizationId }), { roles: MANAGER_ROLES });

export const PATCH = withTenant(async (ctx) => updateSlackSettings({ actor: ctx.actor, input: await readJson(ctx.req, ZUpdateSlackSettingsInput) }), { roles: MANAGER_ROLES });

export const DELETE = withTenant(async (ctx) => disconnectSlack({ actor: ctx.actor }), { roles: MANAGER_ROLES });

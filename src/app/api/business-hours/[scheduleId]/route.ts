import { ZScheduleUpdate } from "@/features/business-hours/business-hours.schemas";
import { deleteSchedule, getSchedule, updateSchedule } from "@/features/business-hours/manage-business-hours";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { pathParam, readJson } from "@/server/http";

export const GET = withTenant(async (ctx) => getSchedule({ organizationId: ctx.actor.organizationId, scheduleId: pathParam(ctx, "scheduleId") }));

export const PATCH = withTenant(
  async (ctx) => updateSchedule({ actor: ctx.actor, scheduleId: pathParam(ctx, "scheduleId"), input: await readJson(ctx.req, ZScheduleUpdate) }),
  { roles: MANAGER_ROLES },
);

export const DELETE = withTenant(async (ctx) => deleteSchedule({ actor: ctx.actor, scheduleId: pathParam(ctx, "scheduleId") }), { roles: MANAGER_ROLES });

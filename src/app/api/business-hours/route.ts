import { ZScheduleInput } from "@/features/business-hours/business-hours.schemas";
import { createSchedule, findSchedules } from "@/features/business-hours/manage-business-hours";
import { MANAGER_ROLES } from "@/lib/roles";
import { withTenant } from "@/server/auth-context";
import { readJson } from "@/server/http";

export const GET = withTenant(async ({ actor }) => findSchedules({ organizationId: actor.organizationId }));

export const POST = withTenant(
  async ({ req, actor }) => Response.json(await createSchedule({ actor, input: await readJson(req, ZScheduleInput) }), { status: 201 }),
  { roles: MANAGER_ROLES },
);

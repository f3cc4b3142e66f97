import type { Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";

const scheduleSelect = (organizationId: string) =>
  ({
    id: true,
    name: true,
    timezone: true,
    weekly: true,
    holidays: true,
    inboxes: { where: { organizationId }, select: { id: true, name: true }, orderBy: { createdAt: "asc" } },
  }) as const;

type ScheduleData = { name: string; timezone: string; weekly: object[]; holidays: string[] };

const toJson = ({ weekly, holidays, ...rest }: Partial<ScheduleData>) => ({
  ...rest,
  ...(weekly ? { weekly: weekly as Prisma.InputJsonValue } : {}),
  ...(holidays ? { holidays: holidays as Prisma.InputJsonValue } : {}),
});

export function findSchedules(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.businessHours.findMany({ where: { organizationId }, select: scheduleSelect(organizationId), orderBy: { createdAt: "asc" } });
}

export function getSchedule(db: DbClient, { organizationId, scheduleId }: { organizationId: string; scheduleId: string }) {
  return db.businessHours.findFirst({ where: { id: scheduleId, organizationId }, select: scheduleSelect(organizationId) });
}

export function insertSchedule(db: DbClient, { organizationId, data }: { organizationId: string; data: ScheduleData }) {
  return db.businessHours.create({ data: { organizationId, ...toJson(data) }, select: { id: true } });
}

export async function updateSchedule(db: DbClient, { organizationId, scheduleId, data }: { organizationId: string; scheduleId: string; data: Partial<ScheduleData> }) {
  const { count } = await db.businessHours.updateMany({ where: { id: scheduleId, organizationId }, data: toJson(data) });
  return count === 1;
}

export async function deleteSchedule(db: DbClient, { organizationId, scheduleId }: { organizationId: string; scheduleId: string }) {
  const { count } = await db.businessHours.deleteMany({ where: { id: scheduleId, organizationId } });
  return count === 1;
}

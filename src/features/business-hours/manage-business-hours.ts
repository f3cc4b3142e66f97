// Business-hours schedules as the dashboard manages them. An inbox follows at most one schedule
// (set on the inbox); an inbox with none is always open.
import { recordAudit } from "@/features/audit/record-audit";
import type { Actor } from "@/features/tenants/actor";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { deleteSchedule as deleteRow, findSchedules as findRows, getSchedule as getRow, insertSchedule, updateSchedule as updateRow } from "./business-hours.repository";
import { toScheduleDto, type TScheduleInput, type TScheduleUpdate } from "./business-hours.schemas";

export async function findSchedules({ organizationId }: { organizationId: string }) {
  return { businessHours: (await findRows(db, { organizationId })).map(toScheduleDto) };
}

export async function getSchedule({ organizationId, scheduleId }: { organizationId: string; scheduleId: string }) {
  const row = await getRow(db, { organizationId, scheduleId });
  if (!row) throw notFound("Business hours");
  return toScheduleDto(row);
}

export async function createSchedule({ actor, input }: { actor: Actor; input: TScheduleInput }) {
  const { organizationId } = actor;
  return db.$transaction(async (tx) => {
    const { id } = await insertSchedule(tx, { organizationId, data: input });
    await recordAudit({ organizationId, actorId: actor.userId, action: "business_hours.created", targetType: "business_hours", targetId: id, metadata: { name: input.name } }, tx);
    return toScheduleDto((await getRow(tx, { organizationId, scheduleId: id }))!);
  });
}

export async function updateSchedule({ actor, scheduleId, input }: { actor: Actor; scheduleId: string; input: TScheduleUpdate }) {
  const { organizationId } = actor;
  return db.$transaction(async (tx) => {
    if (!(await updateRow(tx, { organizationId, scheduleId, data: input }))) throw notFound("Business hours");
    await recordAudit({ organizationId, actorId: actor.userId, action: "business_hours.updated", targetType: "business_hours", targetId: scheduleId, metadata: { fields: Object.keys(input) } }, tx);
    return toScheduleDto((await getRow(tx, { organizationId, scheduleId }))!);
  });
}

/** Inboxes that followed the schedule become always open (the relation is ON DELETE SET NULL). */
export async function deleteSchedule({ actor, scheduleId }: { actor: Actor; scheduleId: string }) {
  const { organizationId } = actor;
  await db.$transaction(async (tx) => {
    const schedule = await getRow(tx, { organizationId, scheduleId });
    if (!schedule || !(await deleteRow(tx, { organizationId, scheduleId }))) throw notFound("Business hours");
    const inboxIds = schedule.inboxes.map((inbox) => inbox.id);
    await recordAudit({ organizationId, actorId: actor.userId, action: "business_hours.deleted", targetType: "business_hours", targetId: scheduleId, metadata: { name: schedule.name, inboxIds } }, tx);
  });
}

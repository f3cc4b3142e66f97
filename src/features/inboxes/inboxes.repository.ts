import type { BotMode, Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";

export function findInboxes(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.inbox.findMany({ where: { organizationId }, orderBy: { createdAt: "asc" } });
}

export function getInbox(db: DbClient, { organizationId, inboxId }: { organizationId: string; inboxId: string }) {
  return db.inbox.findFirst({ where: { id: inboxId, organizationId } });
}

export function insertWidgetInbox(db: DbClient, data: { organizationId: string; name: string; publicKey: string }) {
  return db.inbox.create({ data: { ...data, channel: "WEB_WIDGET" } });
}

type InboxChanges = {
  name?: string;
  allowedOrigins?: string[];
  botMode?: BotMode;
  widgetSettings?: object;
  identitySecret?: string;
  defaultTeamId?: string | null;
  businessHoursId?: string | null;
};

export async function updateInbox(db: DbClient, { organizationId, inboxId, data }: { organizationId: string; inboxId: string; data: InboxChanges }) {
  const { widgetSettings, ...rest } = data;
  const { count } = await db.inbox.updateMany({
    where: { id: inboxId, organizationId },
    data: { ...rest, ...(widgetSettings ? { widgetSettings: widgetSettings as Prisma.InputJsonValue } : {}) },
  });
  return count === 1;
}

/** Whether a team and a business-hours schedule (when given) belong to the workspace. */
export async function findRoutingTargets(
  db: DbClient,
  { organizationId, teamId, businessHoursId }: { organizationId: string; teamId?: string | null; businessHoursId?: string | null },
) {
  const team = teamId ? await db.team.count({ where: { id: teamId, organizationId } }) : 1;
  const hours = businessHoursId ? await db.businessHours.count({ where: { id: businessHoursId, organizationId } }) : 1;
  return { teamFound: team === 1, businessHoursFound: hours === 1 };
}

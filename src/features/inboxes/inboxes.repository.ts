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

export async function updateInbox(
  db: DbClient,
  { organizationId, inboxId, data }: { organizationId: string; inboxId: string; data: { name?: string; allowedOrigins?: string[]; botMode?: BotMode; widgetSettings?: object; identitySecret?: string } },
) {
  const { widgetSettings, ...rest } = data;
  const { count } = await db.inbox.updateMany({
    where: { id: inboxId, organizationId },
    data: { ...rest, ...(widgetSettings ? { widgetSettings: widgetSettings as Prisma.InputJsonValue } : {}) },
  });
  return count === 1;
}

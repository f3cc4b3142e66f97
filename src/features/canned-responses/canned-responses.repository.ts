import type { DbClient } from "@/server/db";

const FIELDS = { id: true, shortcut: true, title: true, body: true } as const;

type CannedData = { shortcut: string; title: string; body: string };

export function findCannedResponses(db: DbClient, { organizationId }: { organizationId: string }) {
  return db.cannedResponse.findMany({ where: { organizationId }, select: FIELDS, orderBy: { shortcut: "asc" } });
}

export function getCannedResponse(db: DbClient, { organizationId, responseId }: { organizationId: string; responseId: string }) {
  return db.cannedResponse.findFirst({ where: { id: responseId, organizationId }, select: FIELDS });
}

export function getCannedResponseByShortcut(db: DbClient, { organizationId, shortcut }: { organizationId: string; shortcut: string }) {
  return db.cannedResponse.findUnique({ where: { organizationId_shortcut: { organizationId, shortcut } }, select: { id: true } });
}

export function insertCannedResponse(db: DbClient, { organizationId, createdById, data }: { organizationId: string; createdById: string; data: CannedData }) {
  return db.cannedResponse.create({ data: { organizationId, createdById, ...data }, select: FIELDS });
}

export async function updateCannedResponse(db: DbClient, { organizationId, responseId, data }: { organizationId: string; responseId: string; data: Partial<CannedData> }) {
  const { count } = await db.cannedResponse.updateMany({ where: { id: responseId, organizationId }, data });
  return count === 1;
}

export async function deleteCannedResponse(db: DbClient, { organizationId, responseId }: { organizationId: string; responseId: string }) {
  const { count } = await db.cannedResponse.deleteMany({ where: { id: responseId, organizationId } });
  return count === 1;
}

import type { Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/server/db";

export interface AuditEntry {
  organizationId: string;
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  metadata?: Prisma.InputJsonValue;
}

export function insertAuditEntry(db: DbClient, entry: AuditEntry) {
  return db.auditLog.create({ data: entry });
}

export function findAuditEntries(db: DbClient, { organizationId, take = 50 }: { organizationId: string; take?: number }) {
  return db.auditLog.findMany({
    where: { organizationId },
    include: { actor: { select: { name: true, email: true } } },
    orderBy: { createdAt: "desc" },
    take,
  });
}

/** One page, newest first, after a (createdAt, id) keyset cursor; optionally one action only. */
export function findAuditPage(
  db: DbClient,
  { organizationId, action, before, take }: { organizationId: string; action?: string; before?: { createdAt: Date; id: string }; take: number },
) {
  return db.auditLog.findMany({
    where: {
      organizationId,
      ...(action ? { action } : {}),
      ...(before ? { OR: [{ createdAt: { lt: before.createdAt } }, { createdAt: before.createdAt, id: { lt: before.id } }] } : {}),
    },
    include: { actor: { select: { name: true, email: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
}

/** The actions this workspace's log contains, for the filter. */
export async function findAuditActions(db: DbClient, { organizationId }: { organizationId: string }) {
  const rows = await db.auditLog.findMany({ where: { organizationId }, distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((row) => row.action);
}

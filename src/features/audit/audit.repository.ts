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

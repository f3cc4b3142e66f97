import { db } from "@/server/db";
import { findAuditEntries } from "./audit.repository";

export async function findAuditLog({ organizationId }: { organizationId: string }) {
  const rows = await findAuditEntries(db, { organizationId });
  return rows.map((row) => ({
    id: row.id,
    action: row.action,
    actor: row.actor?.name ?? null,
    targetType: row.targetType,
    targetId: row.targetId,
    metadata: row.metadata,
    createdAt: row.createdAt.toISOString(),
  }));
}

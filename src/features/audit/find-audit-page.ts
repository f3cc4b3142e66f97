// The audit log page of the dashboard: who did what, to what, when; newest first, a page at a time
// (keyset cursor, so new entries arriving meanwhile never shift a page), optionally one action.
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { findAuditActions, findAuditPage as findPageRows } from "./audit.repository";
import { decodeAuditCursor, encodeAuditCursor, type TAuditLogQuery } from "./audit.schemas";

export async function findAuditPage({ organizationId, query }: { organizationId: string; query: TAuditLogQuery }) {
  const before = query.before ? decodeAuditCursor(query.before) : undefined;
  if (before === null) throw new AppError("BAD_REQUEST", "Invalid cursor: start again from the first page");
  // One extra row says whether there is a next page without a count query.
  const rows = await findPageRows(db, { organizationId, action: query.action, before, take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  return {
    entries: page.map((row) => ({
      id: row.id,
      action: row.action,
      actor: row.actor ? { name: row.actor.name, email: row.actor.email } : null,
      targetType: row.targetType,
      targetId: row.targetId,
      metadata: row.metadata,
      createdAt: row.createdAt.toISOString(),
    })),
    nextCursor: rows.length > query.limit ? encodeAuditCursor(page[page.length - 1]!) : null,
    actions: await findAuditActions(db, { organizationId }),
  };
}

import { db, type DbClient } from "@/server/db";
import { insertAuditEntry, type AuditEntry } from "./audit.repository";

/** Appends to the workspace's audit log; pass the transaction client to make it part of a change. */
export function recordAudit(entry: AuditEntry, client: DbClient = db) {
  return insertAuditEntry(client, entry);
}

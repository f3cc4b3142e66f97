import { z } from "zod";

/** `before` is the opaque cursor of the previous page's last entry. */
export const ZAuditLogQuery = z.object({
  action: z.string().trim().min(1).max(100).regex(/^[a-z_.]+$/, "Unknown action").optional(),
  before: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type TAuditLogQuery = z.infer<typeof ZAuditLogQuery>;

export function encodeAuditCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

export function decodeAuditCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  return id && !Number.isNaN(createdAt.getTime()) ? { createdAt, id } : null;
}

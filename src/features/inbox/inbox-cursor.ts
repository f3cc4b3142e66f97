// The inbox list's keyset cursor: the last row's ordering value and id, opaque to the client
// (base64url JSON). A keyset page reads LIMIT rows from the index wherever it is; an OFFSET
// read every row before it, and skipped or repeated rows when the list moved between pages.

export interface InboxCursor {
  /** ISO time of the ordering column, null for a queue row never queued (sorted last). */
  at: string | null;
  id: string;
}

export function encodeInboxCursor(cursor: InboxCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString("base64url");
}

/** The cursor, or null when the string is not one this module wrote. */
export function decodeInboxCursor(value: string): InboxCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [at, id] = parsed as unknown[];
    if (typeof id !== "string" || id.length === 0 || id.length > 64) return null;
    if (at !== null && (typeof at !== "string" || Number.isNaN(Date.parse(at)))) return null;
    return { at: at as string | null, id };
  } catch {
    return null;
  }
}

// What a message looks like outside the server. Visitors never receive notes (the query excludes
// them) and never see agents' emails or ids, only a display name.
export interface MessageDto {
  id: string;
  conversationId: string;
  seq: number;
  clientId: string | null;
  role: "visitor" | "bot" | "agent" | "system" | "note";
  body: string;
  author: { name: string; avatarUrl: string | null } | null;
  createdAt: string;
  confidence: number | null;
  offerHuman: boolean;
  streamId?: string;
}

interface MessageRow {
  id: string;
  conversationId: string;
  seq: number;
  clientId: string | null;
  role: string;
  body: string;
  authorName: string | null;
  botConfidence: number | null;
  metadata: unknown;
  createdAt: Date;
  author?: { name: string; image: string | null } | null;
}

export function toMessageDto(row: MessageRow): MessageDto {
  const metadata = (row.metadata ?? {}) as { offerHuman?: boolean; streamId?: string };
  const name = row.author?.name ?? row.authorName;
  return {
    id: row.id,
    conversationId: row.conversationId,
    seq: row.seq,
    clientId: row.clientId,
    role: row.role.toLowerCase() as MessageDto["role"],
    body: row.body,
    author: name ? { name, avatarUrl: row.author?.image ?? null } : null,
    createdAt: row.createdAt.toISOString(),
    confidence: row.botConfidence,
    offerHuman: metadata.offerHuman === true,
    ...(metadata.streamId ? { streamId: metadata.streamId } : {}),
  };
}

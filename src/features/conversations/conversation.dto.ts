export interface ConversationDto {
  id: string;
  inboxId: string;
  status: string;
  priority: string;
  language: string | null;
  currentPage: string | null;
  contact: { id: string; name: string | null; email: string | null };
  assignee: { name: string } | null;
  lastSeq: number;
  lastMessageAt: string;
  createdAt: string;
}

export function toConversationDto(row: {
  id: string;
  inboxId: string;
  status: string;
  priority: string;
  language: string | null;
  currentPage: string | null;
  lastSeq: number;
  lastMessageAt: Date;
  createdAt: Date;
  contact: { id: string; name: string | null; email: string | null };
  assignee: { name: string } | null;
}): ConversationDto {
  return {
    id: row.id,
    inboxId: row.inboxId,
    status: row.status,
    priority: row.priority,
    language: row.language,
    currentPage: row.currentPage,
    contact: row.contact,
    assignee: row.assignee,
    lastSeq: row.lastSeq,
    lastMessageAt: row.lastMessageAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

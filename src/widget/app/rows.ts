// Flattens the chat state into the rows the message list draws, in order, and groups consecutive
// rows by author (one name above a group, one avatar and time below it), as chat apps do.
import type { Message } from "../shared/protocol";
import type { ChatState } from "./chat-types";
import type { PendingMessage, StreamingMessage } from "./timeline";

export type Row =
  | { kind: "greeting"; key: string }
  | { kind: "message"; key: string; message: Message }
  | { kind: "divider"; key: string }
  | { kind: "stream"; key: string; stream: StreamingMessage }
  | { kind: "pending"; key: string; pending: PendingMessage };

export interface GroupedRow {
  row: Row;
  author: string | null;
  first: boolean;
  last: boolean;
}

function authorOf(row: Row): string | null {
  if (row.kind === "greeting" || row.kind === "stream") return "bot";
  if (row.kind === "pending") return "visitor";
  if (row.kind !== "message" || row.message.role === "system") return null;
  return row.message.role === "agent" ? `agent:${row.message.author?.name ?? ""}` : row.message.role;
}

export function buildRows(state: Pick<ChatState, "timeline">): GroupedRow[] {
  const { timeline } = state;
  const rows: Row[] = [{ kind: "greeting", key: "greeting" }];
  for (const message of timeline.earlier) rows.push({ kind: "message", key: message.id, message });
  if (timeline.earlier.length) rows.push({ kind: "divider", key: "divider" });
  for (const message of timeline.messages) rows.push({ kind: "message", key: message.id, message });
  for (const stream of timeline.streams) rows.push({ kind: "stream", key: `stream-${stream.streamId}`, stream });
  for (const pending of timeline.pending) rows.push({ kind: "pending", key: `pending-${pending.clientId}`, pending });

  return rows.map((row, i) => {
    const author = authorOf(row);
    const previous = rows[i - 1];
    const next = rows[i + 1];
    return {
      row,
      author,
      first: author === null || !previous || authorOf(previous) !== author,
      last: author === null || !next || authorOf(next) !== author,
    };
  });
}

// The calls of docs/INBOX-API.md, in one place, typed with the DTOs the server builds.
import type { MessageDto } from "@/features/conversations/message.dto";
import type {
  AgentDto,
  ConversationDetailDto,
  DraftDto,
  InboxConversationDto,
  InboxCountsDto,
  InboxView,
  TeamSummaryDto,
} from "@/features/inbox/inbox.dto";
import { api } from "@/lib/api-client";
import type { ListFilters } from "./list-state";
import type { CannedResponse } from "./slash-command";

export interface ConversationListResponse {
  conversations: InboxConversationDto[];
  counts: InboxCountsDto;
  nextCursor: string | null;
}

/** What the conversation actions answer; `conversation` is read when present. */
export interface ActionResponse {
  conversation?: InboxConversationDto;
  warning?: "NOBODY_ONLINE" | string;
}

export type TransferTarget = { teamId: string } | { assigneeId: string };

const conversation = (id: string) => `/api/inbox/conversations/${encodeURIComponent(id)}`;
const draft = (id: string) => `/api/inbox/drafts/${encodeURIComponent(id)}`;

export function listPath(view: InboxView, filters: ListFilters, cursor?: string | null): string {
  const params = new URLSearchParams({ view });
  if (filters.q.trim()) params.set("q", filters.q.trim());
  if (filters.teamId) params.set("teamId", filters.teamId);
  if (filters.inboxId) params.set("inboxId", filters.inboxId);
  if (cursor) params.set("cursor", cursor);
  return `/api/inbox/conversations?${params}`;
}

export const inboxApi = {
  list: (view: InboxView, filters: ListFilters, cursor?: string | null, signal?: AbortSignal) =>
    api.get<ConversationListResponse>(listPath(view, filters, cursor), signal),
  detail: (id: string, signal?: AbortSignal) => api.get<ConversationDetailDto>(conversation(id), signal),
  messagesAfter: (id: string, seq: number) => api.get<{ messages: MessageDto[] }>(`${conversation(id)}/messages?after=${seq}`),
  send: (id: string, body: { clientId: string; text: string; note: boolean }) => api.post<{ message: MessageDto }>(`${conversation(id)}/messages`, body),
  claim: (id: string) => api.post<ActionResponse>(`${conversation(id)}/claim`, {}),
  transfer: (id: string, target: TransferTarget) => api.post<ActionResponse>(`${conversation(id)}/transfer`, target),
  handback: (id: string) => api.post<ActionResponse>(`${conversation(id)}/handback`, {}),
  resolve: (id: string) => api.post<ActionResponse>(`${conversation(id)}/resolve`, {}),
  reopen: (id: string) => api.post<ActionResponse>(`${conversation(id)}/reopen`, {}),
  markRead: (id: string, seq: number) => api.post<void>(`${conversation(id)}/read`, { seq }),
  approveDraft: (id: string, text?: string) => api.post<{ message: MessageDto }>(`${draft(id)}/approve`, text === undefined ? {} : { text }),
  rejectDraft: (id: string) => api.post<{ draft: DraftDto }>(`${draft(id)}/reject`, {}),
  agents: () => api.get<{ agents: AgentDto[]; teams: TeamSummaryDto[] }>("/api/inbox/agents"),
  me: () => api.get<{ agent: AgentDto }>("/api/inbox/me"),
  updateMe: (patch: { status?: "ONLINE" | "AWAY" }) => api.patch<{ agent?: AgentDto }>("/api/inbox/me", patch),
};

export const CANNED_RESPONSES_PATH = "/api/canned-responses";
export type CannedResponsesResponse = { cannedResponses: CannedResponse[] };
export const AGENTS_PATH = "/api/inbox/agents";
export const ME_PATH = "/api/inbox/me";

"use client";
import type { AgentDto, TeamSummaryDto } from "@/features/inbox/inbox.dto";
import { useApi } from "@/components/use-api";
import { AGENTS_PATH, CANNED_RESPONSES_PATH, type CannedResponsesResponse } from "./inbox-api";

/** What the inbox looks up once: transfer targets and teams, widget inboxes, canned responses. */
export function useInboxDirectory() {
  const directory = useApi<{ agents: AgentDto[]; teams: TeamSummaryDto[] }>(AGENTS_PATH);
  const inboxes = useApi<Array<{ id: string; name: string }>>("/api/inboxes");
  const canned = useApi<CannedResponsesResponse>(CANNED_RESPONSES_PATH);
  return {
    agents: directory.data?.agents ?? [],
    teams: directory.data?.teams ?? [],
    directoryLoading: directory.loading,
    directoryError: directory.error?.message ?? null,
    // Filtering by inbox is a nicety: if the list cannot be read the filter is simply not shown.
    inboxes: Array.isArray(inboxes.data) ? inboxes.data : [],
    canned: canned.data?.cannedResponses ?? [],
    cannedLoading: canned.loading,
    /** Fetches the canned responses again: one added in another tab shows up when the menu opens. */
    reloadCanned: canned.reload,
  };
}

"use client";
import type { TeamSummaryDto } from "@/features/inbox/inbox.dto";
import { Select } from "@/components/ui/field";
import { SearchIcon } from "./icons";

export interface ListFiltersProps {
  query: string;
  onQueryChange: (query: string) => void;
  teamId: string | null;
  onTeamChange: (teamId: string | null) => void;
  inboxId: string | null;
  onInboxChange: (inboxId: string | null) => void;
  teams: TeamSummaryDto[];
  inboxes: Array<{ id: string; name: string }>;
}

/** The search box (name, email, message text) and the team and inbox filters. */
export function ListFilters({ query, onQueryChange, teamId, onTeamChange, inboxId, onInboxChange, teams, inboxes }: ListFiltersProps) {
  return (
    <div className="space-y-2 px-3 pb-2">
      <div className="relative">
        <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-zinc-400" />
        <input
          type="search"
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape" && query) {
              event.preventDefault();
              onQueryChange("");
            }
          }}
          aria-label="Search conversations"
          placeholder="Search name, email or message"
          className="h-8 w-full rounded-lg border-0 bg-zinc-100 pr-2 pl-8 text-sm text-zinc-900 placeholder:text-zinc-400 focus:bg-white focus:ring-2 focus:ring-brand-500 focus:outline-none"
        />
      </div>
      {teams.length > 0 || inboxes.length > 1 ? (
        <div className="flex gap-2">
          {teams.length > 0 ? (
            <Select compact aria-label="Filter by team" value={teamId ?? ""} onChange={(event) => onTeamChange(event.target.value || null)} className="min-w-0 flex-1 text-xs">
              <option value="">All teams</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </Select>
          ) : null}
          {inboxes.length > 1 ? (
            <Select compact aria-label="Filter by inbox" value={inboxId ?? ""} onChange={(event) => onInboxChange(event.target.value || null)} className="min-w-0 flex-1 text-xs">
              <option value="">All inboxes</option>
              {inboxes.map((inbox) => (
                <option key={inbox.id} value={inbox.id}>
                  {inbox.name}
                </option>
              ))}
            </Select>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

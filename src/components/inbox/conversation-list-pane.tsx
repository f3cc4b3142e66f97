"use client";
import type { InboxConversationDto, InboxCountsDto, InboxView, TeamSummaryDto } from "@/features/inbox/inbox.dto";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ApiError } from "@/lib/api-client";
import { ConversationListItem } from "./conversation-list-item";
import { ListEmptyState } from "./list-empty-state";
import { ListFilters } from "./list-filters";
import { unreadOf, type ListFilters as Filters } from "./list-state";
import { ListSkeleton } from "./skeletons";
import { ViewTabs } from "./view-tabs";

export interface ConversationListPaneProps {
  view: InboxView;
  onViewChange: (view: InboxView) => void;
  counts: InboxCountsDto;
  query: string;
  onQueryChange: (query: string) => void;
  filters: Filters;
  onFiltersChange: (filters: Filters) => void;
  teams: TeamSummaryDto[];
  inboxes: Array<{ id: string; name: string }>;
  list: {
    items: InboxConversationDto[];
    loading: boolean;
    loadingMore: boolean;
    hasMore: boolean;
    error: ApiError | null;
    readSeq: Record<string, number>;
    reload: () => void;
    loadMore: () => Promise<void>;
  };
  selectedId: string | null;
  highlighted: ReadonlySet<string>;
  now: number;
  hrefFor: (id: string) => string;
  onSelect: (id: string) => void;
}

const LIST_ID = "inbox-conversation-list";

export function ConversationListPane(props: ConversationListPaneProps) {
  const { view, list, filters, query } = props;
  const tabLabel = `inbox-view-${view}`;
  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="border-b border-zinc-200 pt-3">
        <ListFilters
          query={query}
          onQueryChange={props.onQueryChange}
          teamId={filters.teamId}
          onTeamChange={(teamId) => props.onFiltersChange({ ...filters, teamId })}
          inboxId={filters.inboxId}
          onInboxChange={(inboxId) => props.onFiltersChange({ ...filters, inboxId })}
          teams={props.teams}
          inboxes={props.inboxes}
        />
        <div className="pb-1">
          <ViewTabs view={view} counts={props.counts} onChange={props.onViewChange} controls={LIST_ID} />
        </div>
      </div>
      <div id={LIST_ID} role="tabpanel" aria-labelledby={tabLabel} aria-busy={list.loading || undefined} className="min-h-0 flex-1 overflow-y-auto">
        {list.error ? (
          <div className="space-y-3 p-3">
            <Alert tone="error" title="Could not load conversations">
              {list.error.message}
            </Alert>
            <Button variant="secondary" size="sm" onClick={list.reload}>
              Try again
            </Button>
          </div>
        ) : null}
        {list.loading && list.items.length === 0 ? (
          <ListSkeleton />
        ) : list.items.length === 0 && !list.error ? (
          <ListEmptyState view={view} query={filters.q} filtered={Boolean(filters.teamId || filters.inboxId)} />
        ) : (
          <nav aria-label="Conversations">
            <ul data-testid="conversation-list">
              {list.items.map((item) => (
                <ConversationListItem
                  key={item.id}
                  item={item}
                  href={props.hrefFor(item.id)}
                  selected={item.id === props.selectedId}
                  highlighted={props.highlighted.has(item.id)}
                  unread={item.id === props.selectedId ? 0 : unreadOf(item, list.readSeq[item.id])}
                  now={props.now}
                  onSelect={props.onSelect}
                />
              ))}
            </ul>
            {list.hasMore ? (
              <div className="p-3">
                <Button variant="secondary" size="sm" className="w-full" loading={list.loadingMore} onClick={() => void list.loadMore()}>
                  Load more
                </Button>
              </div>
            ) : null}
          </nav>
        )}
      </div>
    </div>
  );
}

import type { InboxView } from "@/features/inbox/inbox.dto";
import { EmptyState } from "@/components/ui/empty-state";
import { InboxIcon, SearchIcon } from "./icons";

const COPY: Record<InboxView, { title: string; description: string }> = {
  queue: { title: "No one is waiting.", description: "New escalations appear here instantly." },
  mine: { title: "Nothing assigned to you.", description: "Claim a conversation from the queue and it shows up here." },
  all: { title: "No open conversations.", description: "Conversations the bot or your team is handling appear here." },
  resolved: { title: "Nothing resolved yet.", description: "Conversations you and your team resolve are kept here." },
  leads: { title: "No leads.", description: "When no one is available, the bot collects contact details here for a follow-up." },
};

export function ListEmptyState({ view, query, filtered }: { view: InboxView; query: string; filtered: boolean }) {
  if (query.trim() || filtered) {
    return (
      <EmptyState
        icon={<SearchIcon className="size-5" />}
        title={query.trim() ? `No conversations match “${query.trim()}”` : "No conversations match these filters"}
        description="Try another name, email or phrase, or clear the filters."
      />
    );
  }
  const copy = COPY[view];
  return <EmptyState icon={<InboxIcon className="size-5" />} title={copy.title} description={copy.description} />;
}

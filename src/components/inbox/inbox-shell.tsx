"use client";
import { useEffect, useRef, useState } from "react";
import { useSession } from "@/components/dashboard/session-context";
import { cx } from "@/components/ui/cx";
import { ConversationListPane } from "./conversation-list-pane";
import { ConversationView, type ConversationHandle } from "./conversation-view";
import { InboxTopBar } from "./inbox-top-bar";
import { NO_FILTERS, type ListFilters } from "./list-state";
import { NoSelection } from "./no-selection";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { useAgentMe } from "./use-agent-me";
import { useConversationList } from "./use-conversation-list";
import { useEscalationLadderAlerts } from "./use-escalation-ladder-alerts";
import { useHandoffAlerts } from "./use-handoff-alerts";
import { useInboxDirectory } from "./use-inbox-directory";
import { useInboxShortcuts } from "./use-inbox-shortcuts";
import { useInboxSocket } from "./use-inbox-socket";
import { useInboxUrl } from "./use-inbox-url";
import { useNow } from "./use-now";

// Long enough to wait for a pause in typing, short enough to feel live.
const SEARCH_DELAY_MS = 250;

/** The three-pane inbox: list, conversation, details; live over the /agent socket. */
export function InboxShell() {
  const { me } = useSession();
  const agentSelf = { id: me.user.id, name: me.user.name };
  const url = useInboxUrl();
  const live = useInboxSocket();
  const now = useNow();
  const directory = useInboxDirectory();
  const [query, setQuery] = useState("");
  const [filters, setFilters] = useState<ListFilters>(NO_FILTERS);
  const [helpOpen, setHelpOpen] = useState(false);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const conversation = useRef<ConversationHandle>(null);

  useEffect(() => {
    const q = query.trim();
    if (q === filters.q) return;
    const timer = setTimeout(() => setFilters((current) => ({ ...current, q })), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, filters.q]);

  const select = (id: string | null) => {
    setDetailsOpen(false);
    if (id) alerts.unhighlight(id);
    if (id !== url.selectedId) url.select(id);
  };
  const alerts = useHandoffAlerts((id) => select(id));
  const agent = useAgentMe(live.socket, agentSelf.id);
  const onHandoff = useEscalationLadderAlerts(live.socket, agent.agent?.teamIds, alerts.alert);
  const list = useConversationList({ view: url.view, filters, meId: agentSelf.id, socket: live.socket, resyncs: live.resyncs, onHandoff });

  const move = (step: 1 | -1) => {
    const items = list.items;
    if (!items.length) return;
    const index = items.findIndex((item) => item.id === url.selectedId);
    const next = index === -1 ? (step > 0 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, index + step));
    const id = items[next]!.id;
    select(id);
    document.querySelector(`[data-conversation-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "nearest" });
  };

  useInboxShortcuts({
    next: () => move(1),
    previous: () => move(-1),
    claim: () => conversation.current?.claim(),
    reply: () => conversation.current?.focusComposer("reply"),
    note: () => conversation.current?.focusComposer("note"),
    resolve: () => conversation.current?.resolve(),
    help: () => setHelpOpen(true),
  });

  return (
    <div className="flex h-full flex-col">
      <InboxTopBar
        connection={live.state}
        agent={agent.agent}
        agentUnavailable={agent.loadError !== null}
        agentSaving={agent.saving}
        agentError={agent.error}
        onStatusChange={(status) => void agent.setStatus(status)}
        permission={alerts.permission}
        onRequestPermission={() => void alerts.requestPermission()}
        onShowShortcuts={() => setHelpOpen(true)}
      />
      <div className="relative flex min-h-0 flex-1">
        <div className={cx("w-full shrink-0 border-r border-zinc-200 bg-white md:w-72 xl:w-80 2xl:w-96", url.selectedId ? "hidden md:block" : "block")}>
          <ConversationListPane
            view={url.view}
            onViewChange={url.setView}
            counts={list.counts}
            query={query}
            onQueryChange={setQuery}
            filters={filters}
            onFiltersChange={setFilters}
            teams={directory.teams}
            inboxes={directory.inboxes}
            list={list}
            selectedId={url.selectedId}
            highlighted={alerts.highlighted}
            now={now}
            hrefFor={url.hrefFor}
            onSelect={select}
          />
        </div>
        {url.selectedId ? (
          <ConversationView
            key={url.selectedId}
            ref={conversation}
            id={url.selectedId}
            me={agentSelf}
            socket={live.socket}
            resyncs={live.resyncs}
            now={now}
            onItem={list.applyItem}
            markRead={list.markRead}
            directory={{ agents: directory.agents, teams: directory.teams, loading: directory.directoryLoading, error: directory.directoryError }}
            canned={{ items: directory.canned, loading: directory.cannedLoading, reload: directory.reloadCanned }}
            hrefFor={url.hrefFor}
            onSelect={select}
            detailsOpen={detailsOpen}
            onToggleDetails={() => setDetailsOpen((open) => !open)}
          />
        ) : (
          <NoSelection />
        )}
      </div>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}

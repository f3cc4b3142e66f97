"use client";
import type { AgentDto } from "@/features/inbox/inbox.dto";
import { cx } from "@/components/ui/cx";
import { AgentStatusToggle } from "./agent-status-toggle";
import { KeyboardIcon } from "./icons";
import { NotificationButton } from "./notification-button";
import type { NotificationState } from "./use-handoff-alerts";
import type { ConnectionState } from "./use-inbox-socket";

export interface InboxTopBarProps {
  connection: ConnectionState;
  agent: AgentDto | null;
  agentUnavailable: boolean;
  agentSaving: boolean;
  agentError: string | null;
  onStatusChange: (status: "ONLINE" | "AWAY") => void;
  permission: NotificationState;
  onRequestPermission: () => void;
  onShowShortcuts: () => void;
}

const CONNECTION = {
  online: { label: "Live", className: "text-emerald-700", dot: "bg-emerald-500" },
  connecting: { label: "Connecting…", className: "text-zinc-500", dot: "bg-zinc-300 animate-pulse" },
  offline: { label: "Reconnecting…", className: "text-amber-700", dot: "bg-amber-400 animate-pulse" },
} as const;

export function InboxTopBar(props: InboxTopBarProps) {
  const connection = CONNECTION[props.connection];
  return (
    <header className="flex h-14 shrink-0 items-center gap-3 border-b border-zinc-200 bg-white px-4">
      <h1 className="text-base font-semibold tracking-tight text-zinc-900">Inbox</h1>
      <span role="status" data-testid="connection-state" className={cx("inline-flex items-center gap-1.5 text-xs font-medium", connection.className)}>
        <span aria-hidden="true" className={cx("size-2 rounded-full", connection.dot)} />
        <span className="sr-only sm:not-sr-only">{connection.label}</span>
      </span>
      <div className="ml-auto flex items-center gap-2 sm:gap-3">
        <NotificationButton permission={props.permission} onRequest={props.onRequestPermission} />
        <button
          type="button"
          onClick={props.onShowShortcuts}
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          className="hidden rounded-md p-1.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800 sm:block"
        >
          <KeyboardIcon className="size-5" />
        </button>
        <AgentStatusToggle agent={props.agent} unavailable={props.agentUnavailable} saving={props.agentSaving} error={props.agentError} onChange={props.onStatusChange} />
      </div>
    </header>
  );
}

"use client";
import type { AgentDto } from "@/features/inbox/inbox.dto";
import { cx } from "@/components/ui/cx";

export interface AgentStatusToggleProps {
  agent: AgentDto | null;
  /** /api/inbox/me could not be read: the inbox still works, without the toggle. */
  unavailable: boolean;
  saving: boolean;
  error: string | null;
  onChange: (status: "ONLINE" | "AWAY") => void;
}

const OPTIONS = [
  { status: "ONLINE", label: "Online", dot: "bg-emerald-500" },
  { status: "AWAY", label: "Away", dot: "bg-amber-400" },
] as const;

/** Online / Away (routing only assigns to online agents) and how full this agent's plate is. */
export function AgentStatusToggle({ agent, unavailable, saving, error, onChange }: AgentStatusToggleProps) {
  if (!agent && unavailable) return <span className="text-xs text-zinc-400">Status unavailable</span>;
  if (!agent) return <div className="h-8 w-40 animate-pulse rounded-lg bg-zinc-100" aria-hidden="true" />;
  const full = agent.openConversations >= agent.capacity;
  return (
    <div className="flex items-center gap-3">
      <span
        data-testid="agent-capacity"
        title="Conversations assigned to you / how many routing may give you at once"
        className={cx("hidden text-xs tabular-nums sm:inline", full ? "font-semibold text-amber-700" : "text-zinc-500")}
      >
        {agent.openConversations}/{agent.capacity} open{full ? " · full" : ""}
      </span>
      <div role="radiogroup" aria-label="Your status" aria-busy={saving || undefined} className="flex rounded-lg bg-zinc-100 p-0.5">
        {OPTIONS.map((option) => {
          const checked = agent.status === option.status;
          return (
            <button
              key={option.status}
              type="button"
              role="radio"
              aria-checked={checked}
              disabled={saving}
              onClick={() => !checked && onChange(option.status)}
              className={cx(
                "flex items-center gap-1.5 rounded-md px-2.5 py-1 text-xs font-medium transition-colors disabled:cursor-wait",
                checked ? "bg-white text-zinc-900 shadow-sm" : "text-zinc-500 hover:text-zinc-800",
              )}
            >
              <span aria-hidden="true" className={cx("size-2 rounded-full", checked ? option.dot : "bg-zinc-300")} />
              {option.label}
            </button>
          );
        })}
      </div>
      {error ? (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      ) : null}
    </div>
  );
}

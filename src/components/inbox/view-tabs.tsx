"use client";
import { useRef, type KeyboardEvent } from "react";
import { INBOX_COUNT_CAP, type InboxCountsDto, type InboxView } from "@/features/inbox/inbox.dto";
import { cx } from "@/components/ui/cx";
import { VIEWS } from "./labels";

export interface ViewTabsProps {
  view: InboxView;
  counts: InboxCountsDto;
  onChange: (view: InboxView) => void;
  /** The id of the list the tabs control. */
  controls: string;
}

/** Queue / Mine / All / Resolved / Leads, with counts; arrow keys move between them (tabs pattern). */
export function ViewTabs({ view, counts, onChange, controls }: ViewTabsProps) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + VIEWS.length) % VIEWS.length;
    refs.current[next]?.focus();
    onChange(VIEWS[next]!.id);
  };

  return (
    <div role="tablist" aria-label="Views" className="flex gap-0.5 overflow-x-auto px-1.5">
      {VIEWS.map(({ id, label }, index) => {
        const active = id === view;
        const count = counts[id];
        return (
          <button
            key={id}
            ref={(element) => {
              refs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`inbox-view-${id}`}
            aria-selected={active}
            aria-controls={controls}
            tabIndex={active ? 0 : -1}
            data-testid={`view-${id}`}
            onClick={() => onChange(id)}
            onKeyDown={(event) => onKeyDown(event, index)}
            className={cx(
              "relative flex shrink-0 items-center gap-1 rounded-md px-1.5 py-1.5 text-xs font-medium transition-colors",
              active ? "text-zinc-900" : "text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800",
            )}
          >
            {label}
            <span
              data-testid={`view-count-${id}`}
              className={cx(
                "rounded-full text-[11px] font-semibold tabular-nums",
                id === "queue" && count > 0 ? "bg-amber-100 px-1.5 text-amber-800" : active ? "text-zinc-900" : "text-zinc-400",
              )}
            >
              {/* Counts stop at the cap (the server counts no further): "999+". */}
              {count >= INBOX_COUNT_CAP ? `${INBOX_COUNT_CAP - 1}+` : count}
            </span>
            {active ? <span aria-hidden="true" className="absolute inset-x-1.5 -bottom-[5px] h-0.5 rounded-full bg-brand-600" /> : null}
          </button>
        );
      })}
    </div>
  );
}

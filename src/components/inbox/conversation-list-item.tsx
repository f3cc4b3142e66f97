"use client";
import { useId, type MouseEvent } from "react";
import type { InboxConversationDto } from "@/features/inbox/inbox.dto";
import { cx } from "@/components/ui/cx";
import { ChannelIcon } from "./channel-icon";
import { ContactAvatar } from "./contact-avatar";
import { CsatStars } from "./csat-stars";
import { duration, fullTime, relativeTime } from "./format-time";
import { ClockIcon } from "./icons";
import { contactName } from "./labels";
import { ReasonChip } from "./reason-chip";
import { StatusBadge } from "./status-badge";

export interface ConversationListItemProps {
  item: InboxConversationDto;
  href: string;
  selected: boolean;
  highlighted: boolean;
  unread: number;
  now: number;
  onSelect: (id: string) => void;
}

// A plain click opens the conversation in place; a middle or modified click opens a new tab.
const isPlainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

export function ConversationListItem({ item, href, selected, highlighted, unread, now, onSelect }: ConversationListItemProps) {
  const nameId = useId();
  const detailsId = useId();
  const name = contactName(item.contact);
  const queued = item.status === "QUEUED";
  return (
    <li>
      {/* Named by the contact alone (aria-labelledby); the rest is its description. */}
      <a
        href={href}
        aria-labelledby={nameId}
        aria-describedby={detailsId}
        aria-current={selected ? "true" : undefined}
        data-testid="conversation-item"
        data-conversation-id={item.id}
        data-status={item.status}
        onClick={(event) => {
          if (!isPlainClick(event)) return;
          event.preventDefault();
          onSelect(item.id);
        }}
        className={cx(
          "relative flex gap-3 border-b border-zinc-100 px-3 py-3 transition-colors focus-visible:-outline-offset-2",
          selected ? "bg-brand-50" : highlighted ? "bg-amber-50 hover:bg-amber-100/70" : "hover:bg-zinc-50",
        )}
      >
        {selected ? <span aria-hidden="true" className="absolute inset-y-0 left-0 w-0.5 bg-brand-600" /> : null}
        {highlighted && !selected ? <span aria-hidden="true" className="absolute inset-y-0 left-0 w-0.5 animate-pulse bg-amber-400" /> : null}
        <ContactAvatar name={name} online={item.contact.online} />
        <div className="min-w-0 flex-1">
          <div className="flex items-center gap-1.5">
            <span id={nameId} className={cx("min-w-0 truncate text-sm", unread > 0 ? "font-semibold text-zinc-900" : "font-medium text-zinc-800")}>
              {name}
            </span>
            <ChannelIcon inbox={item.inbox} />
            <time dateTime={item.lastMessageAt} title={fullTime(item.lastMessageAt)} className="ml-auto shrink-0 text-xs text-zinc-400">
              {relativeTime(item.lastMessageAt, now)}
            </time>
          </div>
          <div id={detailsId}>
            <div className="mt-0.5 flex items-start gap-2">
              <p className={cx("line-clamp-2 min-w-0 flex-1 text-[13px] leading-snug", unread > 0 ? "text-zinc-800" : "text-zinc-500")}>
                {item.lastMessagePreview ?? <span className="italic">No messages yet</span>}
              </p>
              {unread > 0 ? (
                <span data-testid="unread-count" className="mt-0.5 inline-flex h-4.5 min-w-4.5 shrink-0 items-center justify-center rounded-full bg-brand-600 px-1 text-[11px] font-semibold text-white">
                  {unread > 99 ? "99+" : unread}
                  <span className="sr-only"> unread</span>
                </span>
              ) : null}
            </div>
            <div className="mt-1.5 flex flex-wrap items-center gap-1">
              <StatusBadge status={item.status} />
              {item.isTest ? (
                <span data-testid="test-badge" title="Made by the onboarding test handoff; left out of analytics" className="rounded bg-violet-50 px-1.5 py-0.5 text-[11px] font-medium text-violet-700 ring-1 ring-violet-200 ring-inset">
                  Test
                </span>
              ) : null}
              {queued && item.queuedAt ? (
                <span data-testid="waiting-time" className="inline-flex items-center gap-1 text-xs font-medium text-amber-700" title={`Waiting since ${fullTime(item.queuedAt)}`}>
                  <ClockIcon className="size-3" />
                  Waiting {duration(item.queuedAt, now)}
                </span>
              ) : null}
              {queued ? item.reasons.map((code) => <ReasonChip key={code} code={code} />) : null}
              {item.status === "ASSIGNED" && item.assignee ? <span className="truncate text-xs text-zinc-500">· {item.assignee.name}</span> : null}
              {item.csatScore !== null ? <CsatStars score={item.csatScore} className="ml-auto" /> : null}
            </div>
          </div>
        </div>
      </a>
    </li>
  );
}

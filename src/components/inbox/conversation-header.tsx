"use client";
import type { ReactNode } from "react";
import type { InboxConversationDto } from "@/features/inbox/inbox.dto";
import { ChannelIcon } from "./channel-icon";
import { ContactAvatar } from "./contact-avatar";
import { ArrowLeftIcon, PanelRightIcon } from "./icons";
import { contactName } from "./labels";
import { StatusBadge } from "./status-badge";

export interface ConversationHeaderProps {
  conversation: InboxConversationDto;
  meId: string;
  actions: ReactNode;
  detailsOpen: boolean;
  onToggleDetails: () => void;
  onBack: () => void;
}

export function ConversationHeader({ conversation, meId, actions, detailsOpen, onToggleDetails, onBack }: ConversationHeaderProps) {
  const name = contactName(conversation.contact);
  const assignee = conversation.assignee ? (conversation.assignee.id === meId ? "you" : conversation.assignee.name) : null;
  return (
    <header className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-zinc-200 bg-white px-4 py-3">
      <button type="button" onClick={onBack} aria-label="Back to conversations" className="-ml-1 rounded-md p-1 text-zinc-500 hover:bg-zinc-100 md:hidden">
        <ArrowLeftIcon className="size-5" />
      </button>
      <ContactAvatar name={name} online={conversation.contact.online} />
      <div className="min-w-0 flex-1">
        <div className="flex items-center gap-2">
          <h2 className="truncate text-base font-semibold text-zinc-900" data-testid="conversation-title">
            {name}
          </h2>
          <ChannelIcon inbox={conversation.inbox} />
        </div>
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-500">
          <StatusBadge status={conversation.status} />
          <span data-testid="assignee">{assignee ? `Assigned to ${assignee}` : "Unassigned"}</span>
          {conversation.team ? <span>· {conversation.team.name}</span> : null}
          {conversation.priority === "HIGH" || conversation.priority === "URGENT" ? (
            <span className="font-semibold text-red-600">· {conversation.priority === "URGENT" ? "Urgent" : "High priority"}</span>
          ) : null}
        </div>
      </div>
      {/* Below the name on small screens, beside it from md up. */}
      <div className="order-last w-full md:order-none md:w-auto">{actions}</div>
      <button
        type="button"
        onClick={onToggleDetails}
        aria-pressed={detailsOpen}
        aria-label="Contact details"
        className="rounded-md p-1.5 text-zinc-500 hover:bg-zinc-100 2xl:hidden"
      >
        <PanelRightIcon className="size-5" />
      </button>
    </header>
  );
}

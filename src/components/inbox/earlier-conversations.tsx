import type { ContactPanelDto } from "@/features/inbox/inbox.dto";
import { formatDate } from "@/components/format";
import { PanelSection } from "./panel-section";
import { StatusBadge } from "./status-badge";

export interface EarlierConversationsProps {
  conversations: ContactPanelDto["previousConversations"];
  hrefFor: (id: string) => string;
  onSelect: (id: string) => void;
}

/** The contact's other conversations; opening one keeps the inbox where it is. */
export function EarlierConversations({ conversations, hrefFor, onSelect }: EarlierConversationsProps) {
  if (!conversations.length) return null;
  return (
    <PanelSection title="Earlier conversations" testId="earlier-conversations">
      <ul className="space-y-1">
        {conversations.map((conversation) => (
          <li key={conversation.id}>
            <a
              href={hrefFor(conversation.id)}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
                event.preventDefault();
                onSelect(conversation.id);
              }}
              className="block rounded-lg px-2 py-1.5 hover:bg-zinc-50"
            >
              <span className="flex items-center justify-between gap-2 text-xs text-zinc-500">
                {formatDate(conversation.createdAt)}
                <StatusBadge status={conversation.status} />
              </span>
              <span className="mt-0.5 line-clamp-2 text-sm text-zinc-700">{conversation.lastMessagePreview ?? "No messages"}</span>
            </a>
          </li>
        ))}
      </ul>
    </PanelSection>
  );
}

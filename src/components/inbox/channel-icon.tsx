import type { InboxConversationDto } from "@/features/inbox/inbox.dto";
import { GlobeIcon, PhoneChatIcon } from "./icons";

const CHANNELS = {
  WEB_WIDGET: { label: "Website chat", Icon: GlobeIcon },
  WHATSAPP: { label: "WhatsApp", Icon: PhoneChatIcon },
} as const;

/** The channel a conversation came in on, with its name for screen readers and on hover. */
export function ChannelIcon({ inbox, className = "size-3.5" }: { inbox: InboxConversationDto["inbox"]; className?: string }) {
  const channel = CHANNELS[inbox.channel] ?? CHANNELS.WEB_WIDGET;
  const label = `${channel.label} (${inbox.name})`;
  return (
    <span title={label} className="inline-flex shrink-0 text-zinc-400">
      <channel.Icon className={className} />
      <span className="sr-only">{label}</span>
    </span>
  );
}

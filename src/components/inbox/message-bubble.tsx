import type { ReactNode } from "react";
import type { MessageDto } from "@/features/conversations/message.dto";
import type { InboxMessageDto } from "@/features/inbox/inbox.dto";
import { cx } from "@/components/ui/cx";
import { clockTime, fullTime } from "./format-time";
import { percent } from "./labels";
import { BotIcon, NoteIcon } from "./icons";
import { LinkifiedText } from "./linkified-text";
import { MarkdownText } from "./markdown-text";

export interface MessageBubbleProps {
  message: Pick<MessageDto, "role" | "body" | "author" | "createdAt" | "confidence"> & { id?: string; seq?: number; delivery?: InboxMessageDto["delivery"] };
  /** Shown under the bubble instead of the time (sending, failed...). */
  footer?: ReactNode;
  streaming?: boolean;
  faded?: boolean;
  /** Not confirmed by the server yet (the agent's own message on its way, or a streaming answer). */
  pending?: boolean;
}

function Meta({ children, align }: { children: ReactNode; align: "left" | "right" }) {
  return <div className={cx("mt-1 flex items-center gap-1.5 px-1 text-[11px] text-zinc-400", align === "right" && "justify-end")}>{children}</div>;
}

function Time({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={fullTime(iso)}>
      {clockTime(iso)}
    </time>
  );
}

/** One message: visitor on the left; bot, agents and notes on the right; system lines centred. */
export function MessageBubble({ message, footer, streaming, faded, pending }: MessageBubbleProps) {
  const testProps = { "data-testid": "message", "data-role": message.role, "data-seq": message.seq, "data-pending": pending || undefined };
  if (message.role === "system") {
    return (
      <div {...testProps} className="flex justify-center py-1">
        <p className="max-w-md rounded-full bg-zinc-100 px-3 py-1 text-center text-xs text-zinc-500">
          {message.body}
          <span className="sr-only">, {clockTime(message.createdAt)}</span>
        </p>
      </div>
    );
  }

  const visitor = message.role === "visitor";
  const note = message.role === "note";
  const bot = message.role === "bot";
  const name = message.author?.name ?? (bot ? "Bot" : visitor ? "Visitor" : "Agent");
  const speaker = note ? `Internal note by ${name}` : visitor ? `${name} (visitor)` : bot ? `${name} (bot)` : `${name} (agent)`;

  return (
    <div {...testProps} className={cx("flex flex-col", visitor ? "items-start" : "items-end", faded && "opacity-60")}>
      {visitor ? null : (
        <div className="mb-1 flex items-center gap-1 px-1 text-[11px] font-medium text-zinc-500">
          {note ? (
            <span className="inline-flex items-center gap-1 text-amber-700">
              <NoteIcon className="size-3" />
              Internal note
            </span>
          ) : null}
          {bot ? <BotIcon className="size-3" /> : null}
          <span aria-hidden="true">{note ? `· ${name}` : name}</span>
        </div>
      )}
      <div
        className={cx(
          "max-w-[min(34rem,85%)] rounded-2xl px-3.5 py-2 text-sm leading-relaxed",
          visitor && "rounded-bl-md bg-zinc-100 text-zinc-900",
          bot && "rounded-br-md bg-white text-zinc-800 ring-1 ring-zinc-200",
          message.role === "agent" && "rounded-br-md bg-brand-600 text-white",
          note && "rounded-br-md bg-amber-50 text-amber-950 ring-1 ring-amber-200",
        )}
      >
        <span className="sr-only">{speaker}: </span>
        {visitor || note ? <LinkifiedText text={message.body} /> : <MarkdownText text={message.body} />}
        {streaming ? <span aria-hidden="true" className="ml-0.5 inline-block h-3.5 w-1.5 animate-pulse rounded-sm bg-zinc-400 align-middle" /> : null}
      </div>
      <Meta align={visitor ? "left" : "right"}>
        {footer ?? (
          <>
            <Time iso={message.createdAt} />
            {bot && message.confidence !== null ? <span title="The bot's confidence in this answer">· {percent(message.confidence)} confident</span> : null}
            {message.delivery ? <DeliveryLabel delivery={message.delivery} /> : null}
          </>
        )}
      </Meta>
    </div>
  );
}

const DELIVERY_LABELS = { pending: "Sending to WhatsApp…", sent: "Sent", delivered: "Delivered", read: "Read" } as const;

/** How a message went out on WhatsApp; a failure says why, so nobody assumes the customer saw it. */
function DeliveryLabel({ delivery }: { delivery: NonNullable<InboxMessageDto["delivery"]> }) {
  if (delivery.status === "failed") {
    return (
      <span data-testid="delivery-failed" className="font-medium text-red-600">
        · Not delivered on WhatsApp{delivery.error ? `: ${delivery.error}` : ""}
      </span>
    );
  }
  return <span title="WhatsApp delivery">· {DELIVERY_LABELS[delivery.status]}</span>;
}

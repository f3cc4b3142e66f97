"use client";
import { Fragment, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { dayLabel, sameDay } from "./format-time";
import { MessageBubble } from "./message-bubble";
import type { PendingMessage, TranscriptState } from "./merge-messages";

export interface TranscriptProps {
  transcript: TranscriptState;
  now: number;
  /** The signed-in agent, the author of pending messages. */
  agentName: string;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
  /** Shown after the messages (pending bot drafts). */
  children?: ReactNode;
}

// Within this distance of the bottom the view follows new messages; further up the agent is
// reading history, and a "New messages" button appears instead of a jump.
const STICK_PX = 96;

function PendingFooter({ pending, onRetry, onDiscard }: { pending: PendingMessage; onRetry: () => void; onDiscard: () => void }) {
  if (pending.status === "sending") return <span>Sending…</span>;
  return (
    <span role="alert" className="flex items-center gap-2 text-red-600">
      Not sent.
      <button type="button" onClick={onRetry} className="font-medium underline underline-offset-2">
        Retry
      </button>
      <button type="button" onClick={onDiscard} className="text-zinc-500 underline underline-offset-2">
        Discard
      </button>
    </span>
  );
}

/** The messages of a conversation (role="log", so new ones are announced), following new ones. */
export function Transcript({ transcript, now, agentName, onRetry, onDiscard, children }: TranscriptProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const stuck = useRef(true);
  const [behind, setBehind] = useState(false);
  const { messages, pending, streams } = transcript;
  const contentKey = `${messages.length}:${messages[messages.length - 1]?.id}:${pending.length}:${streams.map((stream) => stream.text.length).join()}`;

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    if (stuck.current) element.scrollTop = element.scrollHeight;
    else setBehind(true);
  }, [contentKey]);

  // Drafts and images change the height after the first layout; keep the bottom in view.
  useEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      if (stuck.current) element.scrollTop = element.scrollHeight;
    });
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    stuck.current = element.scrollHeight - element.scrollTop - element.clientHeight < STICK_PX;
    if (stuck.current) setBehind(false);
  };

  const jumpToLatest = () => {
    const element = scroller.current;
    if (element) element.scrollTo({ top: element.scrollHeight, behavior: "smooth" });
    stuck.current = true;
    setBehind(false);
  };

  return (
    <div className="relative min-h-0 flex-1">
      <div ref={scroller} onScroll={onScroll} className="h-full overflow-y-auto">
        <div className="space-y-3 px-4 py-5 sm:px-6">
          <div role="log" aria-label="Conversation transcript" data-testid="transcript" className="space-y-3">
            {messages.length === 0 && pending.length === 0 ? <p className="py-10 text-center text-sm text-zinc-400">No messages yet.</p> : null}
            {messages.map((message, i) => {
              const previous = messages[i - 1];
              return (
                <Fragment key={message.id}>
                  {!previous || !sameDay(previous.createdAt, message.createdAt) ? (
                    <div className="flex items-center gap-3 py-1 text-[11px] font-medium tracking-wide text-zinc-400 uppercase" role="separator">
                      <span className="h-px flex-1 bg-zinc-200" />
                      {dayLabel(message.createdAt, now)}
                      <span className="h-px flex-1 bg-zinc-200" />
                    </div>
                  ) : null}
                  <MessageBubble message={message} />
                </Fragment>
              );
            })}
            {streams.map((stream) => (
              <MessageBubble key={stream.streamId} streaming pending message={{ role: "bot", body: stream.text, author: null, createdAt: new Date(now).toISOString(), confidence: null }} footer={<span>Writing…</span>} />
            ))}
            {pending.map((item) => (
              <MessageBubble
                key={item.clientId}
                pending
                faded={item.status === "sending"}
                message={{ role: item.note ? "note" : "agent", body: item.text, author: { name: agentName, avatarUrl: null }, createdAt: item.createdAt, confidence: null }}
                footer={<PendingFooter pending={item} onRetry={() => onRetry(item.clientId)} onDiscard={() => onDiscard(item.clientId)} />}
              />
            ))}
          </div>
          {children}
        </div>
      </div>
      {behind ? (
        <div className="pointer-events-none absolute inset-x-0 bottom-3 flex justify-center">
          <Button size="sm" variant="secondary" className="pointer-events-auto rounded-full shadow-md" onClick={jumpToLatest}>
            New messages ↓
          </Button>
        </div>
      ) : null}
    </div>
  );
}

"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { MessageDto } from "@/features/conversations/message.dto";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Input } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { randomId } from "./random-id";
import { fetchMessagesAfter, sendVisitorMessage, startPreviewSession, type WidgetVisitor } from "./widget-client";

// The bot answers over the widget's socket in a second or two; polling the same REST endpoint the
// widget resumes from is enough here and needs no socket in the dashboard.
const POLL_MS = 700;
const GIVE_UP_MS = 20_000;

export interface TryBotChatProps {
  /** Null until the workspace has a website chat: it is created on first use. */
  publicKey: string | null;
  createWidget: () => Promise<string>;
  onAnswered: () => void;
}

export function TryBotChat({ publicKey, createWidget, onAnswered }: TryBotChatProps) {
  const visitor = useRef<WidgetVisitor | null>(null);
  const [messages, setMessages] = useState<MessageDto[]>([]);
  const [text, setText] = useState("");
  const [waiting, setWaiting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const endRef = useRef<HTMLDivElement>(null);
  // A block body: newer browsers return a promise from scrollIntoView, which React would take for a cleanup.
  useEffect(() => {
    endRef.current?.scrollIntoView({ block: "nearest" });
  }, [messages]);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const question = text.trim();
    if (!question || waiting) return;
    setWaiting(true);
    setError(null);
    try {
      visitor.current ??= await startPreviewSession(publicKey ?? (await createWidget()));
      const { message } = await sendVisitorMessage(visitor.current, randomId(), question);
      setText("");
      setMessages((current) => [...current, message]);
      await waitForAnswer(visitor.current, message.seq);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The chat did not answer; try again");
    } finally {
      setWaiting(false);
    }
  };

  const waitForAnswer = async (current: WidgetVisitor, afterSeq: number) => {
    const deadline = Date.now() + GIVE_UP_MS;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const { messages: newer } = await fetchMessagesAfter(current, afterSeq);
      const replies = newer.filter((message) => message.role !== "visitor");
      if (replies.length > 0) {
        setMessages((existing) => [...existing, ...replies.filter((reply) => !existing.some((known) => known.id === reply.id))]);
        onAnswered();
        return;
      }
    }
    throw new Error("The bot has not answered after 20 seconds; check that the worker and responder are running");
  };

  return (
    <div className="max-w-md overflow-hidden rounded-xl ring-1 ring-zinc-200" data-testid="try-bot-chat">
      <div className="bg-brand-600 px-4 py-2.5 text-sm font-medium text-white">Live preview of your chat</div>
      <div className="h-56 space-y-2 overflow-y-auto bg-zinc-50 p-3" aria-live="polite">
        {messages.length === 0 ? <p className="text-sm text-zinc-500">Try &ldquo;How long does shipping take?&rdquo; once you have the sample entries.</p> : null}
        {messages.map((message) => (
          <p
            key={message.id}
            data-testid="try-bot-message"
            data-role={message.role}
            className={cx(
              "max-w-[85%] rounded-2xl px-3 py-2 text-sm whitespace-pre-line",
              message.role === "visitor" ? "ml-auto bg-brand-600 text-white" : "bg-white text-zinc-800 shadow-sm ring-1 ring-zinc-900/5",
            )}
          >
            {message.body}
          </p>
        ))}
        {waiting ? <Spinner label="The bot is answering" /> : null}
        <div ref={endRef} />
      </div>
      <form onSubmit={send} className="flex gap-2 border-t border-zinc-200 bg-white p-2">
        <Input aria-label="Ask the bot" placeholder="Ask a question…" value={text} onChange={(event) => setText(event.target.value)} maxLength={4000} />
        <Button type="submit" loading={waiting} disabled={!text.trim()}>
          Send
        </Button>
      </form>
      {error ? <Alert tone="error" className="m-2">{error}</Alert> : null}
    </div>
  );
}

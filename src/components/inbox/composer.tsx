"use client";
import { useEffect, useId, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent, type Ref } from "react";
import type { ConversationStatusDto, WhatsAppWindowDto } from "@/features/inbox/inbox.dto";
import { api } from "@/lib/api-client";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import type { Socket } from "socket.io-client";
import { CannedPicker, optionId } from "./canned-picker";
import { ComposerTabs, type ComposerMode } from "./composer-tabs";
import { loadComposerDraft, saveComposerDraft } from "./composer-drafts";
import { fillCannedVariables, type CannedContext } from "./fill-canned-variables";
import { SendIcon } from "./icons";
import { ReplyRefusedNotice } from "./reply-refused-notice";
import { replaceToken, type CannedResponse } from "./slash-command";
import type { SendResult } from "./use-conversation";
import { useCannedPicker } from "./use-canned-picker";
import { useTypingSignal } from "./use-typing-signal";
import { newClientId } from "./client-id";
import { WhatsAppWindowNotice, whatsappWindowClosed } from "./whatsapp-window-notice";

export type { ComposerMode };

export interface ComposerHandle {
  focus(mode: ComposerMode): void;
}

export interface ComposerProps {
  conversationId: string;
  status: ConversationStatusDto;
  socket: Socket | null;
  canned: CannedResponse[];
  cannedLoading: boolean;
  /** Called when the "/" menu opens, to refresh the list. */
  onCannedOpen?: () => void;
  cannedContext: CannedContext;
  onSend: (text: string, note: boolean) => Promise<SendResult>;
  /** Reopens the conversation; true when it worked. */
  onReopen: () => Promise<boolean>;
  /** WhatsApp conversations: the 24-hour window (null elsewhere). */
  whatsappWindow?: WhatsAppWindowDto | null;
  ref?: Ref<ComposerHandle>;
}

const MAX_HEIGHT_PX = 240;

export function Composer({ conversationId, status, socket, canned, cannedLoading, onCannedOpen, cannedContext, onSend, onReopen, whatsappWindow, ref }: ComposerProps) {
  const [mode, setMode] = useState<ComposerMode>(() => loadComposerDraft(conversationId).mode);
  const [text, setText] = useState(() => loadComposerDraft(conversationId).text);
  const [caret, setCaret] = useState(0);
  const [refused, setRefused] = useState<{ message: string; text: string } | null>(null);
  const [reopening, setReopening] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const listId = useId();
  const areaId = useId();
  const typing = useTypingSignal(socket, conversationId);
  const note = mode === "note";
  // Outside WhatsApp's 24-hour window a reply goes as the follow-up template, or cannot go at all.
  const [windowRefused, setWindowRefused] = useState(false);
  const windowClosed = !note && (windowRefused || whatsappWindowClosed(whatsappWindow));
  const asTemplate = windowClosed && Boolean(whatsappWindow?.template);

  const picker = useCannedPicker({
    text,
    caret,
    canned,
    onOpen: onCannedOpen,
    onPick: (token, item) => {
      const next = replaceToken(text, token, fillCannedVariables(item.body, cannedContext));
      setText(next.text);
      setCaret(next.caret);
      pendingCaret.current = next.caret;
    },
  });

  useImperativeHandle(ref, () => ({
    focus(next) {
      changeMode(next);
      area.current?.focus();
    },
  }));

  useEffect(() => saveComposerDraft(conversationId, { text, mode }), [conversationId, text, mode]);

  // Grow with the text up to a limit; put the caret after an inserted canned response.
  useLayoutEffect(() => {
    const element = area.current;
    if (!element) return;
    element.style.height = "auto";
    element.style.height = `${Math.min(element.scrollHeight, MAX_HEIGHT_PX)}px`;
    if (pendingCaret.current !== null) {
      element.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = null;
    }
  }, [text]);

  function changeMode(next: ComposerMode) {
    // Notes are internal: the visitor must not see "typing…" for them.
    if (next === "note") typing.stop();
    setMode(next);
  }

  const submit = async () => {
    const body = fillCannedVariables(text, cannedContext).trim();
    if (!body) return;
    if (windowClosed && !asTemplate) return;
    typing.stop();
    setText("");
    setRefused(null);
    if (asTemplate) {
      // Sent with its own call: the message arrives over the socket like any other.
      await api.post(`/api/inbox/conversations/${conversationId}/messages`, { clientId: newClientId(), text: body, note: false, whatsappTemplate: true }).catch(() => setText((current) => current || body));
      return;
    }
    const result = await onSend(body, note);
    // The window closed after the conversation was loaded (409 WHATSAPP_WINDOW_CLOSED).
    if (!result.ok && !result.resolved && result.message.includes("24-hour WhatsApp window") && whatsappWindow) setWindowRefused(true);
    if (!result.ok && result.resolved) {
      setRefused({ message: result.message, text: body });
      setText((current) => current || body);
    }
  };

  const reopenAndSend = async () => {
    if (!refused) return;
    setReopening(true);
    const reopened = await onReopen();
    setReopening(false);
    if (!reopened) return;
    const body = refused.text;
    setRefused(null);
    setText((current) => (current.trim() === body ? "" : current));
    await onSend(body, false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (picker.onKeyDown(event)) {
      event.preventDefault();
      return;
    }
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      void submit();
    }
  };

  const syncCaret = () => setCaret(area.current?.selectionStart ?? 0);

  return (
    <div className="border-t border-zinc-200 bg-white px-4 pt-2 pb-3 sm:px-6">
      {refused ? <ReplyRefusedNotice message={refused.message} busy={reopening} onReopen={() => void reopenAndSend()} /> : null}
      {windowClosed && whatsappWindow ? <WhatsAppWindowNotice window={whatsappWindow} /> : null}
      <ComposerTabs
        mode={mode}
        status={status}
        controls={areaId}
        onChange={(tab) => {
          changeMode(tab);
          area.current?.focus();
        }}
      />
      <div className={cx("relative rounded-xl ring-1 transition-colors focus-within:ring-2", note ? "bg-amber-50 ring-amber-300 focus-within:ring-amber-400" : "bg-white ring-zinc-300 focus-within:ring-brand-500")}>
        {picker.open ? <CannedPicker id={listId} items={picker.items} activeIndex={picker.activeIndex} loading={cannedLoading} context={cannedContext} onPick={picker.pick} onActiveChange={picker.setActiveIndex} /> : null}
        <textarea
          ref={area}
          id={areaId}
          rows={2}
          value={text}
          data-testid="composer-input"
          aria-label={note ? "Internal note" : "Reply"}
          aria-autocomplete="list"
          aria-controls={picker.open && picker.items.length ? listId : undefined}
          aria-activedescendant={picker.open && picker.items.length ? optionId(listId, picker.activeIndex) : undefined}
          placeholder={note ? "Write an internal note… (only your team sees it)" : "Write a reply… Type / for canned responses"}
          onChange={(event) => {
            setText(event.target.value);
            setCaret(event.target.selectionStart);
            if (!note) typing.input();
          }}
          onSelect={syncCaret}
          onKeyDown={onKeyDown}
          onBlur={() => typing.stop()}
          className="block max-h-60 w-full resize-none rounded-xl border-0 bg-transparent px-3.5 pt-3 pb-1 text-sm text-zinc-900 placeholder:text-zinc-400 focus:ring-0 focus:outline-none"
        />
        <div className="flex items-center justify-between gap-3 px-3 pb-2">
          <p className="hidden text-[11px] text-zinc-400 sm:block">
            <kbd className="font-sans">Enter</kbd> to send · <kbd className="font-sans">Shift</kbd>+<kbd className="font-sans">Enter</kbd> for a new line · <kbd className="font-sans">/</kbd> for canned responses
          </p>
          <Button size="sm" variant={note ? "secondary" : "primary"} icon={<SendIcon />} disabled={!text.trim() || (windowClosed && !asTemplate)} onClick={() => void submit()} className="ml-auto">
            {asTemplate ? "Send as template" : "Send"}
          </Button>
        </div>
      </div>
    </div>
  );
}

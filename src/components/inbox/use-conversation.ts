"use client";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { MessageDto } from "@/features/conversations/message.dto";
import type { ConversationDetailDto, DraftDto, InboxConversationDto } from "@/features/inbox/inbox.dto";
import { ApiError } from "@/lib/api-client";
import type { Socket } from "socket.io-client";
import { newClientId } from "./client-id";
import { inboxApi } from "./inbox-api";
import { addPending, applyDelta, emptyTranscript, lastSeq, mergeMessages, removePending, setPendingStatus, type TranscriptState } from "./merge-messages";
import { isDelta, isDraft, isHandoffCreated, isInboxItem, isMessage } from "./socket-payloads";
import { useSocketEvent } from "./use-socket-event";
import { reopenedWindow } from "./whatsapp-window-notice";

export type SendResult = { ok: true } | { ok: false; resolved: boolean; message: string };

export interface UseConversationOptions {
  id: string;
  socket: Socket | null;
  resyncs: number;
  /** The conversation changed (a refresh, an action's answer): keeps the list in step. */
  onItem: (item: InboxConversationDto) => void;
}

const toError = (caught: unknown) => (caught instanceof ApiError ? caught : new ApiError(0, "UNKNOWN", "Something went wrong; try again"));

function upsertDraft(drafts: DraftDto[], draft: DraftDto): DraftDto[] {
  return drafts.some((item) => item.id === draft.id) ? drafts.map((item) => (item.id === draft.id ? draft : item)) : [...drafts, draft];
}

/** One open conversation: its detail, a live transcript, and sending. Mount it keyed by id. */
export function useConversation({ id, socket, resyncs, onItem }: UseConversationOptions) {
  const [detail, setDetail] = useState<ConversationDetailDto | null>(null);
  const [transcript, setTranscript] = useState<TranscriptState>(() => emptyTranscript());
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  const seqRef = useRef(0);
  const onItemRef = useRef(onItem);
  useLayoutEffect(() => {
    seqRef.current = lastSeq(transcript);
    onItemRef.current = onItem;
  });

  const merge = useCallback((messages: MessageDto[]) => setTranscript((current) => mergeMessages(current, messages).state), []);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    inboxApi
      .detail(id, controller.signal)
      .then((loaded) => {
        setDetail(loaded);
        merge(loaded.messages);
      })
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(toError(caught));
      });
    return () => controller.abort();
  }, [id, version, merge]);

  /** Fetches the detail again without blanking the view (after a conflict, a reconnect...). */
  const refresh = useCallback(async () => {
    try {
      const loaded = await inboxApi.detail(id);
      setDetail(loaded);
      merge(loaded.messages);
      onItemRef.current(loaded.conversation);
    } catch {
      // The socket keeps it current anyway; a failed background refresh is not worth a banner.
    }
  }, [id, merge]);

  // After a reconnect: what was said meanwhile, then whatever else changed.
  const firstResyncs = useRef(resyncs);
  useEffect(() => {
    if (resyncs === firstResyncs.current) return;
    inboxApi
      .messagesAfter(id, seqRef.current)
      .then((response) => merge(response.messages))
      .catch(() => undefined)
      .finally(() => void refresh());
  }, [resyncs, id, merge, refresh]);

  const applyItem = useCallback((item: InboxConversationDto) => {
    setDetail((current) => (current && current.conversation.id === item.id ? { ...current, conversation: { ...current.conversation, ...item } } : current));
  }, []);

  useSocketEvent(socket, "message:created", (payload) => {
    if (!isMessage(payload) || payload.conversationId !== id) return;
    merge([payload]);
    // A WhatsApp customer writing again reopens the 24-hour window for free text.
    if (payload.role === "visitor") setDetail((current) => (current?.whatsappWindow ? { ...current, whatsappWindow: reopenedWindow(current.whatsappWindow, payload.createdAt) } : current));
  });
  useSocketEvent(socket, "message:delta", (payload) => {
    if (isDelta(payload) && payload.conversationId === id) setTranscript((current) => applyDelta(current, payload));
  });
  useSocketEvent(socket, "conversation:updated", (payload) => {
    if (!isInboxItem(payload) || payload.id !== id) return;
    const before = detail?.conversation;
    applyItem(payload);
    // The handoff timeline, the CSAT comment and the contact panel are not in the list item.
    if (before && (before.status !== payload.status || before.assignee?.id !== payload.assignee?.id || before.csatScore !== payload.csatScore)) void refresh();
  });
  useSocketEvent(socket, "handoff:created", (payload) => {
    if (!isHandoffCreated(payload) || payload.conversation.id !== id) return;
    setDetail((current) => (current ? { ...current, handoff: payload.handoff, conversation: { ...current.conversation, ...payload.conversation } } : current));
  });
  const onDraft = (payload: unknown) => {
    if (isDraft(payload) && payload.conversationId === id) setDetail((current) => (current ? { ...current, drafts: upsertDraft(current.drafts, payload) } : current));
  };
  useSocketEvent(socket, "draft:created", onDraft);
  useSocketEvent(socket, "draft:decided", onDraft);

  const post = async (clientId: string, text: string, note: boolean): Promise<SendResult> => {
    try {
      const { message } = await inboxApi.send(id, { clientId, text, note });
      merge([message]);
      return { ok: true };
    } catch (caught) {
      const failure = toError(caught);
      if (failure.status === 409 && failure.code === "CONVERSATION_RESOLVED") {
        setTranscript((current) => removePending(current, clientId));
        return { ok: false, resolved: true, message: failure.message };
      }
      setTranscript((current) => setPendingStatus(current, clientId, "failed"));
      return { ok: false, resolved: false, message: failure.message };
    }
  };

  const send = (text: string, note: boolean) => {
    const clientId = newClientId();
    setTranscript((current) => addPending(current, { clientId, text, note, createdAt: new Date().toISOString() }));
    return post(clientId, text, note);
  };

  /** Sends a failed message again with its clientId, so it can never arrive twice. */
  const retry = (clientId: string) => {
    const pending = transcript.pending.find((item) => item.clientId === clientId);
    if (!pending) return;
    setTranscript((current) => setPendingStatus(current, clientId, "sending"));
    void post(clientId, pending.text, pending.note);
  };

  return {
    detail,
    transcript,
    error,
    reload: () => setVersion((value) => value + 1),
    refresh,
    applyItem,
    merge,
    send,
    retry,
    discard: (clientId: string) => setTranscript((current) => removePending(current, clientId)),
    updateDraft: (draft: DraftDto) => setDetail((current) => (current ? { ...current, drafts: upsertDraft(current.drafts, draft) } : current)),
  };
}

export type ConversationController = ReturnType<typeof useConversation>;

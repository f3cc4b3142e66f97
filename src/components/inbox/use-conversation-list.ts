"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { InboxConversationDto, InboxCountsDto, InboxView } from "@/features/inbox/inbox.dto";
import { ApiError } from "@/lib/api-client";
import type { Socket } from "socket.io-client";
import { inboxApi } from "./inbox-api";
import { adjustCounts, EMPTY_COUNTS, upsertItem, type ListFilters } from "./list-state";
import { isHandoffCreated, isInboxItem, type HandoffCreatedEvent } from "./socket-payloads";
import { useSocketEvent } from "./use-socket-event";

// Several events for unknown conversations often arrive together (a burst of handoffs): one refetch.
const COUNTS_REFRESH_MS = 1500;

interface ListState {
  items: InboxConversationDto[];
  counts: InboxCountsDto;
  nextCursor: string | null;
  /** Which view and filters `items` belong to; a different key means they are stale. */
  key: string | null;
}

export interface UseConversationListOptions {
  view: InboxView;
  filters: ListFilters;
  meId: string;
  socket: Socket | null;
  resyncs: number;
  onHandoff?: (event: HandoffCreatedEvent) => void;
}

const toError = (caught: unknown) => (caught instanceof ApiError ? caught : new ApiError(0, "UNKNOWN", "Something went wrong; try again"));

/** One view of the inbox, kept live: socket events move items in and out and adjust the counts. */
export function useConversationList({ view, filters, meId, socket, resyncs, onHandoff }: UseConversationListOptions) {
  const key = JSON.stringify([view, filters.q.trim(), filters.teamId, filters.inboxId]);
  const [state, setState] = useState<ListState>({ items: [], counts: EMPTY_COUNTS, nextCursor: null, key: null });
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [version, setVersion] = useState(0);
  // Every item seen, by id: the "before" of a change, to move the counts without a refetch.
  const known = useRef(new Map<string, InboxConversationDto>());
  // The seq this agent has read up to, per conversation (see unreadOf).
  const [readSeq, setReadSeq] = useState<Record<string, number>>({});
  const countsTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const remember = useCallback((items: InboxConversationDto[]) => {
    for (const item of items) known.current.set(item.id, item);
    setReadSeq((current) => {
      const next = { ...current };
      for (const item of items) next[item.id] = Math.max(current[item.id] ?? 0, item.lastSeq - item.unread);
      return next;
    });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    inboxApi
      .list(view, filters, null, controller.signal)
      .then((response) => {
        remember(response.conversations);
        setState({ items: response.conversations, counts: response.counts, nextCursor: response.nextCursor, key });
        setError(null);
      })
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(toError(caught));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
    // `key` stands for the view and the filters read above.
  }, [key, resyncs, version, remember]);

  useEffect(() => () => clearTimeout(countsTimer.current), []);

  const refreshCounts = () => {
    clearTimeout(countsTimer.current);
    countsTimer.current = setTimeout(() => {
      inboxApi
        .list(view, filters)
        .then((response) => setState((current) => (current.key === key ? { ...current, counts: response.counts } : current)))
        .catch(() => undefined);
    }, COUNTS_REFRESH_MS);
  };

  /** Applies a changed conversation (from the socket, or an action's response). */
  const applyItem = (item: InboxConversationDto) => {
    const previous = known.current.get(item.id);
    known.current.set(item.id, item);
    setState((current) => ({
      ...current,
      items: upsertItem(current.items, item, { view, meId, filters, hasMore: current.nextCursor !== null }),
      counts: previous ? adjustCounts(current.counts, previous, item, meId, filters) : current.counts,
    }));
    if (!previous) refreshCounts();
  };

  useSocketEvent(socket, "conversation:updated", (payload) => {
    if (isInboxItem(payload)) applyItem(payload);
  });
  useSocketEvent(socket, "handoff:created", (payload) => {
    if (!isHandoffCreated(payload)) return;
    applyItem(payload.conversation);
    onHandoff?.(payload);
  });

  const loadMore = async () => {
    if (!state.nextCursor || loadingMore) return;
    setLoadingMore(true);
    try {
      const response = await inboxApi.list(view, filters, state.nextCursor);
      remember(response.conversations);
      setState((current) => {
        if (current.key !== key) return current;
        const seen = new Set(current.items.map((item) => item.id));
        return { ...current, items: [...current.items, ...response.conversations.filter((item) => !seen.has(item.id))], nextCursor: response.nextCursor };
      });
    } catch (caught) {
      setError(toError(caught));
    } finally {
      setLoadingMore(false);
    }
  };

  /** Moves this agent's read marker (once per new seq) and clears the unread badge. */
  const markRead = (conversationId: string, seq: number) => {
    const item = known.current.get(conversationId);
    const current = readSeq[conversationId] ?? (item ? item.lastSeq - item.unread : 0);
    if (seq <= current) return;
    setReadSeq((map) => ({ ...map, [conversationId]: Math.max(map[conversationId] ?? 0, seq) }));
    inboxApi.markRead(conversationId, seq).catch(() => undefined);
  };

  const fresh = state.key === key;
  return {
    items: fresh ? state.items : [],
    counts: state.counts,
    hasMore: fresh && state.nextCursor !== null,
    loading: loading || (!fresh && !error),
    loadingMore,
    error,
    readSeq,
    reload: () => setVersion((value) => value + 1),
    loadMore,
    applyItem,
    markRead,
  };
}

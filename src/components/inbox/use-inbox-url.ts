"use client";
import { useSearchParams } from "next/navigation";
import type { InboxView } from "@/features/inbox/inbox.dto";
import { isInboxView } from "./labels";

// The view and the open conversation live in the URL (?view=queue&c=<id>) so a reload, a shared
// link or the back button lands in the same place. history.pushState is synced with
// useSearchParams by Next and needs no server round trip.
export function useInboxUrl() {
  const params = useSearchParams();
  const raw = params.get("view");
  const view: InboxView = isInboxView(raw) ? raw : "queue";
  const selectedId = params.get("c");

  const write = (changes: Record<string, string | null>, mode: "push" | "replace") => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    const url = `${window.location.pathname}?${next}`;
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  };

  return {
    view,
    selectedId,
    setView: (value: InboxView) => write({ view: value }, "replace"),
    select: (id: string | null) => write({ c: id }, "push"),
    hrefFor: (id: string) => `/dashboard/inbox?${new URLSearchParams({ view, c: id })}`,
  };
}

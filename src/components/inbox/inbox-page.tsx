"use client";
import { Suspense } from "react";
import { LoadingBlock } from "@/components/ui/spinner";
import { InboxShell } from "./inbox-shell";

/**
 * /dashboard/inbox. The dashboard frame centres pages in a narrow column; the inbox needs the whole
 * window, so it fills the area beside the sidebar (below the top bar on small screens, where the
 * sidebar becomes a menu drawn above it).
 */
export function InboxPage() {
  return (
    <div className="fixed inset-x-0 top-[calc(2.75rem+1px)] bottom-0 z-10 flex flex-col bg-white lg:top-0 lg:left-64">
      {/* useSearchParams needs a Suspense boundary for the static render of the page. */}
      <Suspense fallback={<LoadingBlock label="Loading the inbox…" />}>
        <InboxShell />
      </Suspense>
    </div>
  );
}

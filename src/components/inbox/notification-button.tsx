"use client";
import { Button } from "@/components/ui/button";
import { BellIcon, BellOffIcon } from "./icons";
import type { NotificationState } from "./use-handoff-alerts";

/** Asks for notification permission on a click (never on load), or says why there are none. */
export function NotificationButton({ permission, onRequest }: { permission: NotificationState; onRequest: () => void }) {
  if (permission === "unsupported" || permission === "granted") {
    return permission === "granted" ? (
      <span className="hidden items-center gap-1 text-xs text-zinc-500 md:inline-flex" title="You get a browser notification for every new handoff while this tab is in the background">
        <BellIcon className="size-3.5" />
        Notifications on
      </span>
    ) : null;
  }
  if (permission === "denied") {
    return (
      <span className="hidden items-center gap-1 text-xs text-zinc-500 md:inline-flex" title="Allow notifications for this site in the browser's settings to be alerted in the background">
        <BellOffIcon className="size-3.5" />
        Notifications blocked
      </span>
    );
  }
  return (
    <Button size="sm" variant="secondary" icon={<BellIcon />} onClick={onRequest} aria-label="Enable notifications" title="Get a browser notification for every new handoff">
      <span className="hidden sm:inline">Enable notifications</span>
    </Button>
  );
}

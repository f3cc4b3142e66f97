import type { WhatsAppWindowDto } from "@/features/inbox/inbox.dto";
import { Alert } from "@/components/ui/alert";
import { fullTime } from "./format-time";

/** Whether free text would still reach this WhatsApp customer (the 24-hour window). */
export function whatsappWindowClosed(window: WhatsAppWindowDto | null | undefined, now = Date.now()): boolean {
  if (!window) return false;
  return !window.open || (window.closesAt !== null && Date.parse(window.closesAt) <= now);
}

const WINDOW_MS = 24 * 60 * 60 * 1000;

/** The window after the customer wrote at `sentAt`: open for 24 hours from then. */
export function reopenedWindow(window: WhatsAppWindowDto, sentAt: string): WhatsAppWindowDto {
  return { ...window, open: true, closesAt: new Date(Date.parse(sentAt) + WINDOW_MS).toISOString() };
}

/**
 * Shown above the reply box when the window is closed: typed text would never arrive, so the reply
 * goes as the workspace's follow-up template (the Send button says so), or cannot go at all.
 */
export function WhatsAppWindowNotice({ window }: { window: WhatsAppWindowDto }) {
  const when = window.closesAt ? ` (${fullTime(window.closesAt)})` : "";
  return (
    <div data-testid="whatsapp-window-closed" className="mb-2">
      <Alert tone="warning" title={`The 24-hour WhatsApp window closed${when}`}>
        {window.template ? (
          <>
            WhatsApp only delivers free text within 24 hours of the customer&apos;s last message. Your reply will be sent inside the approved template{" "}
            <code className="font-mono text-xs">{window.template}</code>; it reopens the conversation when they answer.
          </>
        ) : (
          <>WhatsApp only delivers free text within 24 hours of the customer&apos;s last message, and no follow-up template is set up (Dashboard &gt; WhatsApp). Internal notes still work.</>
        )}
      </Alert>
    </div>
  );
}

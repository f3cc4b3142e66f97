"use client";
import type { ConversationStatusDto } from "@/features/inbox/inbox.dto";
import { cx } from "@/components/ui/cx";

export type ComposerMode = "reply" | "note";

export interface ComposerTabsProps {
  mode: ComposerMode;
  status: ConversationStatusDto;
  /** The id of the textarea the tabs switch. */
  controls: string;
  onChange: (mode: ComposerMode) => void;
}

function hint(mode: ComposerMode, status: ConversationStatusDto): string | null {
  if (mode === "note") return "Only your team sees notes";
  if (status === "RESOLVED") return "Resolved: reopen to reply";
  if (status === "QUEUED" || status === "BOT") return "Replying claims this conversation";
  return null;
}

/** Reply (to the visitor) or Note (internal), with what sending will do. */
export function ComposerTabs({ mode, status, controls, onChange }: ComposerTabsProps) {
  return (
    <div role="tablist" aria-label="Message type" className="mb-2 flex gap-1">
      {(["reply", "note"] as const).map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          aria-selected={mode === tab}
          aria-controls={controls}
          data-testid={`composer-tab-${tab}`}
          onClick={() => onChange(tab)}
          className={cx(
            "rounded-md px-2.5 py-1 text-xs font-semibold transition-colors",
            mode === tab ? (tab === "note" ? "bg-amber-100 text-amber-900" : "bg-zinc-900 text-white") : "text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800",
          )}
        >
          {tab === "reply" ? "Reply" : "Note"}
        </button>
      ))}
      <span className="ml-auto self-center text-[11px] text-zinc-400">{hint(mode, status)}</span>
    </div>
  );
}

"use client";
import type { ConversationStatusDto } from "@/features/inbox/inbox.dto";
import { Button } from "@/components/ui/button";
import { CheckCircleIcon } from "@/components/ui/icons";
import { BotIcon, RefreshIcon, TransferIcon } from "./icons";
import type { ActionName } from "./use-conversation-actions";

export interface ConversationActionsProps {
  status: ConversationStatusDto;
  assignedToMe: boolean;
  busy: ActionName | null;
  onClaim: () => void;
  onTransfer: () => void;
  onHandback: () => void;
  onResolve: () => void;
  onReopen: () => void;
}

export const canClaim = (status: ConversationStatusDto) => status === "QUEUED" || status === "BOT";
export const canResolve = (status: ConversationStatusDto) => status !== "RESOLVED";

/** What can be done with the conversation in its current state. */
export function ConversationActions({ status, assignedToMe, busy, onClaim, onTransfer, onHandback, onResolve, onReopen }: ConversationActionsProps) {
  const disabled = busy !== null;
  if (status === "RESOLVED") {
    return (
      <Button size="sm" variant="secondary" icon={<RefreshIcon />} loading={busy === "reopen"} disabled={disabled} onClick={onReopen}>
        Reopen
      </Button>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-1.5 md:justify-end">
      {canClaim(status) ? (
        <Button size="sm" loading={busy === "claim"} disabled={disabled} onClick={onClaim} title="Claim (c)">
          Claim
        </Button>
      ) : null}
      {status === "QUEUED" || status === "ASSIGNED" ? (
        // Icon-only until there is room; the name stays "Hand back to bot" for every reader.
        <Button size="sm" variant="ghost" icon={<BotIcon />} loading={busy === "handback"} disabled={disabled} onClick={onHandback} aria-label="Hand back to bot" title="Hand back to bot">
          <span className="hidden 2xl:inline">Hand back to bot</span>
        </Button>
      ) : null}
      <Button size="sm" variant="secondary" icon={<TransferIcon />} loading={busy === "transfer"} disabled={disabled} onClick={onTransfer}>
        Transfer
      </Button>
      <Button
        size="sm"
        variant={assignedToMe ? "primary" : "secondary"}
        icon={<CheckCircleIcon />}
        loading={busy === "resolve"}
        disabled={disabled}
        onClick={onResolve}
        title="Resolve (e)"
      >
        Resolve
      </Button>
    </div>
  );
}

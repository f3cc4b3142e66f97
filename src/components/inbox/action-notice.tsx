import { Alert } from "@/components/ui/alert";
import type { ActionNotice as Notice } from "./use-conversation-actions";

/** What an action answered that the agent should know (a claim conflict, nobody online...). */
export function ActionNotice({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  return (
    <div className="border-b border-zinc-200 bg-white px-4 py-2" data-testid={notice.kind ?? "action-notice"}>
      <Alert tone={notice.tone}>
        <div className="flex items-start justify-between gap-3">
          <span>{notice.message}</span>
          <button type="button" onClick={onDismiss} className="shrink-0 text-xs font-medium underline underline-offset-2">
            Dismiss
          </button>
        </div>
      </Alert>
    </div>
  );
}

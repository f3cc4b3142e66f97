import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** A reply bounced off a resolved conversation (409 CONVERSATION_RESOLVED): reopen and send it. */
export function ReplyRefusedNotice({ message, busy, onReopen }: { message: string; busy: boolean; onReopen: () => void }) {
  return (
    <div data-testid="reply-refused" className="mb-2">
      <Alert tone="warning" title="This conversation is resolved">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <span>{sentence(message || "Reopen it first to reply")} Your reply was not sent; it is still in the box below.</span>
          <Button size="sm" variant="secondary" loading={busy} onClick={onReopen}>
            Reopen and send
          </Button>
        </div>
      </Alert>
    </div>
  );
}

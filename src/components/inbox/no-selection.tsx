import { EmptyState } from "@/components/ui/empty-state";
import { InboxIcon } from "./icons";

export function NoSelection() {
  return (
    <div className="hidden flex-1 items-center justify-center bg-zinc-50/60 md:flex">
      <EmptyState
        icon={<InboxIcon className="size-5" />}
        title="Select a conversation"
        description={
          <>
            Pick one from the list, or press <kbd className="rounded bg-zinc-100 px-1 font-mono text-xs ring-1 ring-zinc-200">j</kbd> to open the first.
            Press <kbd className="rounded bg-zinc-100 px-1 font-mono text-xs ring-1 ring-zinc-200">?</kbd> for every shortcut.
          </>
        }
      />
    </div>
  );
}

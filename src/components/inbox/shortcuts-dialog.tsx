"use client";
import { Dialog } from "@/components/ui/dialog";
import { SHORTCUTS } from "./use-inbox-shortcuts";

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts" description="Single keys work when you are not typing in a field.">
      <dl className="divide-y divide-zinc-100">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.keys} className="flex items-center justify-between gap-4 py-2 text-sm">
            <dt className="text-zinc-700">{shortcut.description}</dt>
            <dd>
              <kbd className="rounded-md bg-zinc-100 px-2 py-0.5 font-mono text-xs text-zinc-800 ring-1 ring-zinc-200">{shortcut.keys}</kbd>
            </dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}

"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { XIcon } from "@/components/ui/icons";

/** The details column: beside the conversation on wide screens, a drawer over it on narrower ones. */
export function DetailsDrawer({ open, onClose, children }: { open: boolean; onClose: () => void; children: ReactNode }) {
  const closeButton = useRef<HTMLButtonElement>(null);
  // The drawer takes focus when it opens; on wide screens the button is hidden and this is a no-op.
  useEffect(() => {
    if (open) closeButton.current?.focus();
  }, [open]);

  return (
    <aside
      aria-label="Conversation details"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) onClose();
      }}
      className={cx(
        "absolute inset-y-0 right-0 z-20 w-full max-w-sm shrink-0 overflow-y-auto border-l border-zinc-200 bg-white shadow-xl",
        "2xl:static 2xl:z-auto 2xl:block 2xl:w-80 2xl:max-w-none 2xl:shadow-none",
        open ? "block" : "hidden",
      )}
    >
      <div className="flex items-center justify-between border-b border-zinc-100 px-4 py-2 2xl:hidden">
        <span className="text-sm font-semibold text-zinc-900">Details</span>
        <button ref={closeButton} type="button" onClick={onClose} aria-label="Close details" className="rounded-md p-1 text-zinc-400 hover:bg-zinc-100 hover:text-zinc-700">
          <XIcon />
        </button>
      </div>
      {children}
    </aside>
  );
}

"use client";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { XIcon } from "./icons";

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
}

/** A modal on the native <dialog>: focus trap, Escape and the top layer come from the browser. */
export function Dialog({ open, onClose, title, description, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // Start in the first field when there is one (React's autoFocus runs before showModal).
      dialog.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // A click on the backdrop lands on the <dialog> element itself.
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl bg-white p-0 text-zinc-900 shadow-xl ring-1 ring-zinc-200"
    >
      {open ? (
        <div className="relative p-5">
          <div className="mb-4 space-y-1 pr-8">
            <h2 id={titleId} className="text-base font-semibold">
              {title}
            </h2>
            {description ? (
              <p id={descriptionId} className="text-sm text-zinc-500">
                {description}
              </p>
            ) : null}
          </div>
          {children}
          {/* Last in the tab order so a confirmation starts on its Cancel button. */}
          <button type="button" onClick={onClose} className="absolute top-4 right-4 rounded-md p-1 text-zinc-400 hover:bg-zinc-100 hover:text-zinc-700" aria-label="Close">
            <XIcon />
          </button>
        </div>
      ) : null}
    </dialog>
  );
}

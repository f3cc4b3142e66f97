"use client";
import { createContext, useContext, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { cx } from "./cx";

// A dropdown menu following the WAI-ARIA menu button pattern: arrows move, Escape closes and
// returns focus to the button, a click outside closes.
const CloseContext = createContext<() => void>(() => {});

export interface MenuProps {
  button: ReactNode;
  buttonLabel?: string;
  buttonClassName?: string;
  menuClassName?: string;
  /** Where the menu opens relative to its button. */
  placement?: "below" | "above";
  children: ReactNode;
  testId?: string;
}

function items(menu: HTMLElement | null): HTMLElement[] {
  return menu ? Array.from(menu.querySelectorAll<HTMLElement>("[role^=menuitem]:not([disabled])")) : [];
}

export function Menu({ button, buttonLabel, buttonClassName, menuClassName, placement = "below", children, testId }: MenuProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const close = (focusButton = true) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    items(menuRef.current)[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const list = items(menuRef.current);
    const index = list.indexOf(document.activeElement as HTMLElement);
    const focus = (next: number) => list[(next + list.length) % list.length]?.focus();
    if (event.key === "ArrowDown") focus(index + 1);
    else if (event.key === "ArrowUp") focus(index - 1);
    else if (event.key === "Home") focus(0);
    else if (event.key === "End") focus(list.length - 1);
    else if (event.key === "Escape") close();
    else if (event.key === "Tab") return setOpen(false);
    else return;
    event.preventDefault();
  };

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={buttonLabel}
        data-testid={testId}
        className={buttonClassName}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {button}
      </button>
      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          onKeyDown={onMenuKeyDown}
          className={cx(
            "absolute z-30 min-w-full overflow-hidden rounded-lg bg-white p-1 shadow-lg ring-1 ring-zinc-200",
            placement === "below" ? "top-full mt-1" : "bottom-full mb-1",
            menuClassName,
          )}
        >
          <CloseContext.Provider value={() => close(false)}>{children}</CloseContext.Provider>
        </div>
      ) : null}
    </div>
  );
}

export function MenuItem({ onSelect, icon, checked, children }: { onSelect: () => void; icon?: ReactNode; checked?: boolean; children: ReactNode }) {
  const close = useContext(CloseContext);
  return (
    <button
      type="button"
      role={checked === undefined ? "menuitem" : "menuitemradio"}
      aria-checked={checked}
      tabIndex={-1}
      onClick={() => {
        close();
        onSelect();
      }}
      className="flex w-full items-center gap-2 rounded-md px-2.5 py-2 text-left text-sm text-zinc-700 outline-none hover:bg-zinc-100 focus:bg-zinc-100 focus:text-zinc-900"
    >
      {icon ? <span className="shrink-0 text-zinc-400">{icon}</span> : null}
      <span className="min-w-0 flex-1">{children}</span>
    </button>
  );
}

export function MenuLabel({ children }: { children: ReactNode }) {
  return <div className="px-2.5 pt-2 pb-1 text-xs font-medium text-zinc-400">{children}</div>;
}

export function MenuSeparator() {
  return <div role="separator" className="my-1 h-px bg-zinc-100" />;
}

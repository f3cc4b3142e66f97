"use client";
import { useEffect, useRef } from "react";
import { cx } from "@/components/ui/cx";
import { fillCannedVariables, type CannedContext } from "./fill-canned-variables";
import type { CannedResponse } from "./slash-command";

export interface CannedPickerProps {
  id: string;
  items: CannedResponse[];
  activeIndex: number;
  loading: boolean;
  /** Fills the preview the way the text will be inserted. */
  context: CannedContext;
  onPick: (item: CannedResponse) => void;
  onActiveChange: (index: number) => void;
}

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

/** The "/" menu above the composer. Focus stays in the textarea (aria-activedescendant). */
export function CannedPicker({ id, items, activeIndex, loading, context, onPick, onActiveChange }: CannedPickerProps) {
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    listRef.current?.querySelector(`#${CSS.escape(optionId(id, activeIndex))}`)?.scrollIntoView({ block: "nearest" });
  }, [id, activeIndex]);

  return (
    <div className="absolute inset-x-0 bottom-full z-20 mb-2 overflow-hidden rounded-xl bg-white shadow-lg ring-1 ring-zinc-200">
      <div className="flex items-center justify-between border-b border-zinc-100 px-3 py-1.5 text-[11px] font-medium text-zinc-500">
        <span>Canned responses</span>
        <span>↑↓ to choose · Enter to insert · Esc to close</span>
      </div>
      {items.length === 0 ? (
        <p className="px-3 py-3 text-sm text-zinc-500">{loading ? "Loading…" : "No canned response matches."}</p>
      ) : (
        <ul ref={listRef} id={id} role="listbox" aria-label="Canned responses" className="max-h-64 overflow-y-auto p-1">
          {items.map((item, index) => (
            <li
              key={item.id}
              id={optionId(id, index)}
              role="option"
              aria-selected={index === activeIndex}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => onActiveChange(index)}
              onClick={() => onPick(item)}
              className={cx("cursor-pointer rounded-lg px-2.5 py-2", index === activeIndex ? "bg-brand-50" : "hover:bg-zinc-50")}
            >
              <div className="flex items-baseline gap-2">
                <span className="font-mono text-xs font-semibold text-brand-700">/{item.shortcut.replace(/^\//, "")}</span>
                <span className="truncate text-sm font-medium text-zinc-900">{item.title}</span>
              </div>
              <p className="mt-0.5 line-clamp-2 text-xs text-zinc-500">{fillCannedVariables(item.body, context)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

"use client";
import { useEffect, useState, type KeyboardEvent } from "react";
import { filterCanned, findSlashToken, type CannedResponse, type SlashToken } from "./slash-command";

export interface UseCannedPickerOptions {
  text: string;
  caret: number;
  canned: CannedResponse[];
  /** Called each time the menu opens (the list may have changed since the inbox loaded it). */
  onOpen?: () => void;
  onPick: (token: SlashToken, item: CannedResponse) => void;
}

/** The state of the "/" menu: open while the caret is in a "/word", until Escape closes it. */
export function useCannedPicker({ text, caret, canned, onOpen, onPick }: UseCannedPickerOptions) {
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [active, setActive] = useState({ query: "", index: 0 });
  const token = findSlashToken(text, caret);
  // Adjusting state while rendering (React's pattern for state derived from changing input).
  if (!token && dismissedAt !== null) setDismissedAt(null);
  const open = token !== null && token.start !== dismissedAt;
  const items = open ? filterCanned(canned, token.query) : [];
  useEffect(() => {
    if (open) onOpen?.();
  }, [open, onOpen]);
  const index = token && active.query === token.query ? Math.min(active.index, Math.max(0, items.length - 1)) : 0;
  const setIndex = (next: number) => setActive({ query: token?.query ?? "", index: next });

  /** Handles the menu's keys; true when the key was used. */
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!open || !token) return false;
    if (event.key === "Escape") {
      setDismissedAt(token.start);
      return true;
    }
    if (!items.length) return false;
    if (event.key === "ArrowDown") setIndex((index + 1) % items.length);
    else if (event.key === "ArrowUp") setIndex((index - 1 + items.length) % items.length);
    else if ((event.key === "Enter" && !event.shiftKey) || event.key === "Tab") onPick(token, items[index]!);
    else return false;
    return true;
  };

  return {
    open,
    items,
    activeIndex: index,
    setActiveIndex: setIndex,
    onKeyDown,
    pick: (item: CannedResponse) => token && onPick(token, item),
  };
}

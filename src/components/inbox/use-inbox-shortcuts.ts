"use client";
import { useEffect, useLayoutEffect, useRef } from "react";

export interface InboxShortcuts {
  next(): void;
  previous(): void;
  claim(): void;
  reply(): void;
  note(): void;
  resolve(): void;
  help(): void;
}

export const SHORTCUTS: ReadonlyArray<{ keys: string; description: string }> = [
  { keys: "j", description: "Next conversation" },
  { keys: "k", description: "Previous conversation" },
  { keys: "c", description: "Claim the conversation" },
  { keys: "r", description: "Write a reply" },
  { keys: "n", description: "Write an internal note" },
  { keys: "e", description: "Resolve the conversation" },
  { keys: "?", description: "Show these shortcuts" },
  { keys: "Enter", description: "Send (in the composer)" },
  { keys: "Shift + Enter", description: "New line (in the composer)" },
  { keys: "/", description: "Insert a canned response (in the composer)" },
];

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** Single-key shortcuts, ignored while typing in a field, with a modifier, or in a dialog. */
export function useInboxShortcuts(handlers: InboxShortcuts) {
  const ref = useRef(handlers);
  useLayoutEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (isTyping(event.target) || document.querySelector("dialog[open]")) return;
      const actions: Record<string, (() => void) | undefined> = {
        j: ref.current.next,
        k: ref.current.previous,
        c: ref.current.claim,
        r: ref.current.reply,
        n: ref.current.note,
        e: ref.current.resolve,
        "?": ref.current.help,
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}

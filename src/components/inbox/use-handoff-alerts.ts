"use client";
import { useEffect, useRef, useState } from "react";
import { playChime, unlockChime } from "./chime";
import { contactName, reasonLabel } from "./labels";
import type { HandoffCreatedEvent } from "./socket-payloads";

export type NotificationState = NotificationPermission | "unsupported";

// Long enough to notice when coming back to the tab, short enough not to become wallpaper.
const HIGHLIGHT_MS = 20_000;

const supported = () => typeof window !== "undefined" && "Notification" in window;

/** A new handoff: a sound, a highlighted list item and, when the tab is not in front, a browser
 * notification. Permission is asked from a button, never on load (browsers penalise that). */
export function useHandoffAlerts(onOpen: (conversationId: string) => void) {
  const [permission, setPermission] = useState<NotificationState>("default");
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const onOpenRef = useRef(onOpen);
  useEffect(() => {
    onOpenRef.current = onOpen;
  });

  useEffect(() => {
    setPermission(supported() ? Notification.permission : "unsupported");
    const unlock = () => unlockChime();
    document.addEventListener("pointerdown", unlock);
    document.addEventListener("keydown", unlock);
    const pending = timers.current;
    return () => {
      document.removeEventListener("pointerdown", unlock);
      document.removeEventListener("keydown", unlock);
      pending.forEach((timer) => clearTimeout(timer));
    };
  }, []);

  const requestPermission = async () => {
    if (!supported()) return;
    setPermission(await Notification.requestPermission());
  };

  const unhighlight = (id: string) =>
    setHighlighted((current) => {
      const next = new Set(current);
      next.delete(id);
      return next;
    });

  const alert = ({ conversation, handoff }: HandoffCreatedEvent) => {
    playChime();
    setHighlighted((current) => new Set(current).add(conversation.id));
    clearTimeout(timers.current.get(conversation.id));
    timers.current.set(conversation.id, setTimeout(() => unhighlight(conversation.id), HIGHLIGHT_MS));

    if (!supported() || Notification.permission !== "granted" || (document.visibilityState === "visible" && document.hasFocus())) return;
    const reasons = conversation.reasons.map(reasonLabel).join(", ");
    try {
      const notification = new Notification(`${contactName(conversation.contact)} is waiting for a person`, {
        body: [reasons, conversation.lastMessagePreview].filter(Boolean).join(" · "),
        // One notification per handoff, even with the inbox open in several tabs.
        tag: `handoff-${handoff.id}`,
      });
      notification.onclick = () => {
        window.focus();
        onOpenRef.current(conversation.id);
        notification.close();
      };
    } catch {
      // Some mobile browsers only notify through a service worker; the sound and highlight remain.
    }
  };

  return { permission, requestPermission, highlighted, alert, unhighlight };
}

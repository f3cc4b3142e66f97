"use client";
import { useEffect, useLayoutEffect, useRef, useState } from "react";

// Long enough that a burst of messages posts the marker once.
const READ_DELAY_MS = 400;

function useDocumentVisible(): boolean {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const update = () => setVisible(document.visibilityState === "visible");
    update();
    document.addEventListener("visibilitychange", update);
    return () => document.removeEventListener("visibilitychange", update);
  }, []);
  return visible;
}

/** Moves the read marker to the newest message while the conversation is on screen. */
export function useMarkRead(conversationId: string, seq: number, markRead: (conversationId: string, seq: number) => void) {
  const visible = useDocumentVisible();
  const markRef = useRef(markRead);
  useLayoutEffect(() => {
    markRef.current = markRead;
  });
  useEffect(() => {
    if (!visible || seq <= 0) return;
    const timer = setTimeout(() => markRef.current(conversationId, seq), READ_DELAY_MS);
    return () => clearTimeout(timer);
  }, [conversationId, seq, visible]);
}

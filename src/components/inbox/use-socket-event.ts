"use client";
import { useEffect, useLayoutEffect, useRef } from "react";
import type { Socket } from "socket.io-client";

/** Listens to one socket event for as long as the component is mounted; the handler may change
 * on every render (it always sees the latest props and state) without re-subscribing. */
export function useSocketEvent(socket: Socket | null, event: string, handler: (payload: unknown) => void) {
  const ref = useRef(handler);
  useLayoutEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    if (!socket) return;
    const listener = (payload: unknown) => ref.current(payload);
    socket.on(event, listener);
    return () => {
      socket.off(event, listener);
    };
  }, [socket, event]);
}

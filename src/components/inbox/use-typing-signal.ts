"use client";
import { useEffect, useMemo } from "react";
import type { Socket } from "socket.io-client";
import { createTypingSignal } from "./typing-signal";

/** `agent:typing` for this conversation: the visitor sees "<name> is typing…". */
export function useTypingSignal(socket: Socket | null, conversationId: string) {
  const signal = useMemo(
    () => createTypingSignal({ emit: (typing) => void socket?.volatile.emit("agent:typing", { conversationId, typing }) }),
    [socket, conversationId],
  );
  // Leaving the conversation (or the page) ends the indicator on the visitor's side.
  useEffect(() => () => signal.stop(), [signal]);
  return signal;
}

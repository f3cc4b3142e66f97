"use client";
import { useEffect, useRef, useState } from "react";
import type { Socket } from "socket.io-client";
import { isAgentTyping, isMessage, isVisitorTyping } from "./socket-payloads";
import { useSocketEvent } from "./use-socket-event";

// A lost "typing: false" (a closed tab) must not leave "is typing…" on screen for ever.
const TYPING_EXPIRES_MS = 8000;

export interface UseRemoteTypingOptions {
  socket: Socket | null;
  conversationId: string;
  contactId: string | null;
  meId: string;
}

/** Who else is typing in this conversation: the visitor, and other agents (by name). */
export function useRemoteTyping({ socket, conversationId, contactId, meId }: UseRemoteTypingOptions) {
  const [visitor, setVisitor] = useState(false);
  const [agents, setAgents] = useState<Record<string, string>>({});
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  const expire = (key: string, clear: () => void) => {
    clearTimeout(timers.current.get(key));
    timers.current.set(key, setTimeout(clear, TYPING_EXPIRES_MS));
  };

  const setAgent = (userId: string, name: string | null) =>
    setAgents((current) => {
      const { [userId]: _removed, ...rest } = current;
      return name === null ? rest : { ...rest, [userId]: name };
    });

  useSocketEvent(socket, "visitor:typing", (payload) => {
    if (!isVisitorTyping(payload)) return;
    // Older servers send only the contact; a contact has one open conversation at a time.
    const mine = payload.conversationId ? payload.conversationId === conversationId : payload.contactId === contactId;
    if (!mine) return;
    setVisitor(payload.typing);
    if (payload.typing) expire("visitor", () => setVisitor(false));
  });

  useSocketEvent(socket, "agent:typing", (payload) => {
    if (!isAgentTyping(payload) || payload.conversationId !== conversationId || payload.userId === meId) return;
    setAgent(payload.userId, payload.typing ? payload.name || "Another agent" : null);
    if (payload.typing) expire(payload.userId, () => setAgent(payload.userId, null));
  });

  // A message from someone ends their typing.
  useSocketEvent(socket, "message:created", (payload) => {
    if (!isMessage(payload) || payload.conversationId !== conversationId) return;
    if (payload.role === "visitor") setVisitor(false);
    if ((payload.role === "agent" || payload.role === "note") && payload.author) {
      const name = payload.author.name;
      setAgents((current) => Object.fromEntries(Object.entries(current).filter(([, value]) => value !== name)));
    }
  });

  return { visitorTyping: visitor, agentsTyping: Object.values(agents) };
}

"use client";
import { useRef } from "react";
import type { Socket } from "socket.io-client";
import type { HandoffCreatedEvent } from "./socket-payloads";
import { useSocketEvent } from "./use-socket-event";

/**
 * The escalation ladder in the inbox: a new handoff alerts the agents of the team it was routed to
 * (everyone when it has no team); if nobody claims it in time the server sends `handoff:escalated`
 * and every other agent is alerted too.
 */
export function useEscalationLadderAlerts(socket: Socket | null, teamIds: readonly string[] | undefined, alert: (event: HandoffCreatedEvent) => void) {
  const waiting = useRef(new Map<string, HandoffCreatedEvent>());

  useSocketEvent(socket, "handoff:escalated", (payload) => {
    const conversationId = (payload as { conversationId?: unknown } | null)?.conversationId;
    if (typeof conversationId !== "string") return;
    const event = waiting.current.get(conversationId);
    waiting.current.delete(conversationId);
    if (event) alert(event);
  });

  return (event: HandoffCreatedEvent) => {
    const team = event.conversation.team;
    if (!team || !teamIds || teamIds.includes(team.id)) return alert(event);
    waiting.current.set(event.conversation.id, event);
  };
}

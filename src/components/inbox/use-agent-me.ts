"use client";
import { useState } from "react";
import type { AgentDto } from "@/features/inbox/inbox.dto";
import { errorMessage } from "@/lib/api-client";
import type { Socket } from "socket.io-client";
import { useApi } from "@/components/use-api";
import { inboxApi, ME_PATH } from "./inbox-api";
import { isAgentStatus } from "./socket-payloads";
import { useSocketEvent } from "./use-socket-event";

/** This agent's status and load; Online/Away is set here and followed across tabs. */
export function useAgentMe(socket: Socket | null, meId: string) {
  const me = useApi<{ agent: AgentDto }>(ME_PATH);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const patchAgent = (change: Partial<AgentDto>) => me.setData((current) => (current ? { agent: { ...current.agent, ...change } } : current));

  useSocketEvent(socket, "agent:status", (payload) => {
    if (isAgentStatus(payload) && payload.userId === (me.data?.agent.id ?? meId)) patchAgent({ status: payload.status });
  });

  const setStatus = async (status: "ONLINE" | "AWAY") => {
    const previous = me.data?.agent.status;
    setSaving(true);
    setError(null);
    patchAgent({ status });
    try {
      const response = await inboxApi.updateMe({ status });
      if (response?.agent) me.setData(() => ({ agent: response.agent! }));
    } catch (caught) {
      if (previous) patchAgent({ status: previous });
      setError(errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };

  return { agent: me.data?.agent ?? null, loadError: me.error, saving, error, setStatus };
}

"use client";
import { useApi } from "@/components/use-api";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { OnCallAgent } from "./types";

/** Who an escalation alerts right now: members with a number who are not Away. */
export function OnCallList() {
  const agents = useApi<{ agents: OnCallAgent[] }>("/api/whatsapp/agents");
  const list = agents.data?.agents ?? [];
  return (
    <Card aria-labelledby="wa-on-call">
      <CardHeader id="wa-on-call" title="Agents on WhatsApp" description="Members who added their number. Everyone not Away gets the alert (only the routed team when it has someone here)." />
      <CardBody>
        {agents.loading && !agents.data ? (
          <p className="text-sm text-zinc-500">Loading…</p>
        ) : list.length === 0 ? (
          <p className="text-sm text-zinc-500">Nobody yet. Each agent adds their own number on this page.</p>
        ) : (
          <ul className="divide-y divide-zinc-100">
            {list.map((agent) => (
              <li key={agent.userId} className="flex items-center justify-between py-2 text-sm">
                <span>
                  {agent.name} <span className="text-zinc-500">+{agent.whatsappNumber}</span>
                </span>
                {agent.onCall ? <Badge tone="green">On call</Badge> : <Badge>Away</Badge>}
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}

"use client";
import { useState, type FormEvent } from "react";
import type { AgentDto, TeamSummaryDto } from "@/features/inbox/inbox.dto";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/field";
import type { TransferTarget } from "./inbox-api";

export interface TransferDialogProps {
  open: boolean;
  onClose: () => void;
  agents: AgentDto[];
  teams: TeamSummaryDto[];
  loading: boolean;
  loadError: string | null;
  meId: string;
  currentAssigneeId: string | null;
  /** Transfers; true when it worked (the dialog then closes). */
  onTransfer: (target: TransferTarget, label: string) => Promise<boolean>;
}

const STATUS_WORDS = { ONLINE: "online", AWAY: "away", OFFLINE: "offline" } as const;

function agentLabel(agent: AgentDto): string {
  return `${agent.name} — ${STATUS_WORDS[agent.status]}, ${agent.openConversations}/${agent.capacity} open`;
}

/** Transfer to a team (its pool or round robin decides who) or straight to an agent. */
export function TransferDialog({ open, onClose, agents, teams, loading, loadError, meId, currentAssigneeId, onTransfer }: TransferDialogProps) {
  const [value, setValue] = useState("");
  const [busy, setBusy] = useState(false);
  const others = agents.filter((agent) => agent.id !== currentAssigneeId);
  const sorted = [...others].sort((a, b) => Number(b.status === "ONLINE") - Number(a.status === "ONLINE") || a.name.localeCompare(b.name));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const [kind, id] = value.split(":") as ["team" | "agent", string];
    if (!id) return;
    const label = kind === "team" ? (teams.find((team) => team.id === id)?.name ?? "the team") : id === meId ? "you" : (agents.find((agent) => agent.id === id)?.name ?? "the agent");
    setBusy(true);
    const done = await onTransfer(kind === "team" ? { teamId: id } : { assigneeId: id }, label);
    setBusy(false);
    if (done) {
      setValue("");
      onClose();
    }
  };

  return (
    <Dialog open={open} onClose={onClose} title="Transfer conversation" description="Hand it to a team, or to one agent directly.">
      <form onSubmit={(event) => void submit(event)} className="space-y-4">
        {loadError ? <Alert tone="error">{loadError}</Alert> : null}
        <SelectField label="Transfer to" value={value} onChange={(event) => setValue(event.target.value)} disabled={loading} required>
          <option value="">{loading ? "Loading…" : "Choose a team or an agent"}</option>
          {teams.length ? (
            <optgroup label="Teams">
              {teams.map((team) => (
                <option key={team.id} value={`team:${team.id}`}>
                  {team.name} — {team.onlineAgents} online
                </option>
              ))}
            </optgroup>
          ) : null}
          {sorted.length ? (
            <optgroup label="Agents">
              {sorted.map((agent) => (
                <option key={agent.id} value={`agent:${agent.id}`}>
                  {agent.id === meId ? `${agentLabel(agent)} (you)` : agentLabel(agent)}
                </option>
              ))}
            </optgroup>
          ) : null}
        </SelectField>
        <div className="flex justify-end gap-3">
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" loading={busy} disabled={!value}>
            Transfer
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

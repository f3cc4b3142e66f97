"use client";
import { useState } from "react";
import type { Member } from "@/components/api-types";
import { initials } from "@/components/format";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { Select } from "@/components/ui/field";
import { TrashIcon, XIcon } from "@/components/ui/icons";
import { api, errorMessage } from "@/lib/api-client";
import { ASSIGNMENT_TEXT, presenceSummary } from "./team-fields";
import type { Team } from "./types";

const STATUS_DOT: Record<string, string> = { ONLINE: "bg-emerald-500", AWAY: "bg-amber-400", OFFLINE: "bg-zinc-300" };
const STATUS_LABEL: Record<string, string> = { ONLINE: "Online", AWAY: "Away", OFFLINE: "Offline" };

export interface TeamCardProps {
  team: Team;
  /** Everyone in the workspace, to pick new members from; undefined while loading. */
  workspaceMembers: Member[] | undefined;
  canManage: boolean;
  onChanged: (team: Team) => void;
  onEdit: () => void;
  onDelete: () => void;
}

export function TeamCard({ team, workspaceMembers, canManage, onChanged, onEdit, onDelete }: TeamCardProps) {
  const [adding, setAdding] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const candidates = workspaceMembers?.filter((member) => !team.members.some((item) => item.userId === member.userId)) ?? [];
  const path = `/api/teams/${encodeURIComponent(team.id)}/members`;

  const run = async (key: string, action: () => Promise<Team>) => {
    setBusy(key);
    setError(null);
    try {
      onChanged(await action());
      setAdding("");
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card aria-labelledby={`team-${team.id}`} data-testid="team">
      <header className="flex flex-wrap items-start justify-between gap-3 border-b border-zinc-100 px-5 py-4">
        <div className="min-w-0 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id={`team-${team.id}`} className="text-base font-semibold text-zinc-900">
              {team.name}
            </h2>
            <Badge tone="brand">{ASSIGNMENT_TEXT[team.assignmentMode].label}</Badge>
            {team.languages.map((code) => (
              <Badge key={code}>{code}</Badge>
            ))}
          </div>
          {team.description ? <p className="text-sm text-zinc-500">{team.description}</p> : null}
          <p className={cx("text-sm", team.onlineCount > 0 ? "text-emerald-700" : "text-zinc-500")}>{presenceSummary(team)}</p>
        </div>
        {canManage ? (
          <div className="flex items-center gap-1">
            <Button variant="ghost" size="sm" onClick={onEdit} aria-label={`Edit ${team.name}`}>
              Edit
            </Button>
            <Button variant="ghost" size="sm" onClick={onDelete} aria-label={`Delete ${team.name}`} icon={<TrashIcon />} />
          </div>
        ) : null}
      </header>
      {error ? <Alert tone="error" className="mx-5 mt-4">{error}</Alert> : null}
      {team.members.length === 0 ? (
        <p className="px-5 py-4 text-sm text-zinc-500">Escalations routed here reach nobody until someone joins this team.</p>
      ) : (
        <ul className="divide-y divide-zinc-100" aria-label={`Members of ${team.name}`}>
          {team.members.map((member) => (
            <li key={member.userId} className="flex items-center gap-3 px-5 py-2.5">
              <span aria-hidden="true" className="relative flex size-8 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-xs font-semibold text-zinc-600">
                {initials(member.name)}
                <span className={cx("absolute -right-0.5 -bottom-0.5 size-2.5 rounded-full ring-2 ring-white", STATUS_DOT[member.status] ?? STATUS_DOT.OFFLINE)} />
              </span>
              <div className="min-w-0 flex-1 text-sm">
                <p className="truncate font-medium text-zinc-900">{member.name}</p>
                <p className="truncate text-zinc-500">
                  {STATUS_LABEL[member.status] ?? member.status}
                  {member.languages.length > 0 ? ` · ${member.languages.join(", ")}` : ""}
                </p>
              </div>
              {canManage ? (
                <Button
                  variant="ghost"
                  size="sm"
                  loading={busy === member.userId}
                  onClick={() => void run(member.userId, () => api.delete<Team>(`${path}/${encodeURIComponent(member.userId)}`))}
                  aria-label={`Remove ${member.name} from ${team.name}`}
                  icon={<XIcon />}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <form
          className="flex flex-wrap items-center gap-2 rounded-b-xl border-t border-zinc-100 bg-zinc-50/60 px-5 py-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (adding) void run("add", () => api.post<Team>(path, { userId: adding }));
          }}
        >
          <Select compact value={adding} onChange={(event) => setAdding(event.target.value)} aria-label={`Add a member to ${team.name}`} className="min-w-48" disabled={!workspaceMembers || candidates.length === 0}>
            <option value="">{!workspaceMembers ? "Loading members…" : candidates.length === 0 ? "Everyone is in this team" : "Choose a person…"}</option>
            {candidates.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name} ({member.email})
              </option>
            ))}
          </Select>
          <Button type="submit" size="sm" variant="secondary" disabled={!adding} loading={busy === "add"}>
            Add to team
          </Button>
        </form>
      ) : null}
    </Card>
  );
}

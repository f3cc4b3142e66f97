"use client";
import { useState } from "react";
import type { Member } from "@/components/api-types";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { PlusIcon } from "@/components/ui/icons";
import { LoadingBlock } from "@/components/ui/spinner";
import { api } from "@/lib/api-client";
import { InboxAssignment, type InboxRouting } from "../hours/inbox-assignment";
import { PageHeader } from "../page-header";
import { useSession } from "../session-context";
import { TeamIcon } from "./icons";
import { TeamCard } from "./team-card";
import { TeamDialog } from "./team-dialog";
import type { Team, TeamList } from "./types";

export function TeamsPage() {
  const { canManage } = useSession();
  const teams = useApi<TeamList>("/api/teams");
  const members = useApi<Member[]>(canManage ? "/api/workspace/members" : null);
  const inboxes = useApi<InboxRouting[]>(canManage ? "/api/inboxes" : null);
  const [editing, setEditing] = useState<Team | "new" | null>(null);
  const [deleting, setDeleting] = useState<Team | null>(null);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; message: string } | null>(null);
  const list = teams.data?.teams;

  const replace = (team: Team) => teams.setData((current) => current && { teams: current.teams.map((item) => (item.id === team.id ? team : item)) });
  const open = (target: Team | "new") => {
    setNotice(null);
    setEditing(target);
  };

  return (
    <>
      <PageHeader
        title="Teams"
        description="Groups of agents that escalations are routed to, and how each team shares its conversations."
        actions={
          canManage ? (
            <Button icon={<PlusIcon />} onClick={() => open("new")}>
              New team
            </Button>
          ) : null
        }
      />
      <div className="space-y-6">
        {canManage ? null : (
          <Alert tone="info" title="Only owners and admins can change teams">
            You can see every team, who is in it and who is online.
          </Alert>
        )}
        {notice ? <Alert tone={notice.tone}>{notice.message}</Alert> : null}
        {teams.error ? <Alert tone="error">{teams.error.message}</Alert> : null}
        {!list ? (
          teams.loading ? <LoadingBlock label="Loading teams…" /> : null
        ) : list.length === 0 ? (
          <Card>
            <EmptyState
              icon={<TeamIcon className="size-5" />}
              title="No teams yet"
              description="Without teams every escalation goes to everyone. Create teams such as Sales, Support or Billing, then route conversations to them."
              action={
                canManage ? (
                  <Button icon={<PlusIcon />} onClick={() => open("new")}>
                    Add a team
                  </Button>
                ) : null
              }
            />
          </Card>
        ) : (
          <div className="space-y-4" data-testid="team-list">
            {list.map((team) => (
              <TeamCard key={team.id} team={team} workspaceMembers={members.data} canManage={canManage} onChanged={replace} onEdit={() => open(team)} onDelete={() => setDeleting(team)} />
            ))}
          </div>
        )}
        {canManage && list && list.length > 0 ? (
          <InboxAssignment
            title="Default team per inbox"
            description="Where an escalation from this inbox goes when no routing rule matches."
            field="defaultTeamId"
            inboxes={inboxes}
            options={list}
            noneLabel="No default: everyone"
            canManage={canManage}
          />
        ) : null}
      </div>
      {canManage ? (
        <TeamDialog
          target={editing}
          onClose={() => setEditing(null)}
          onSaved={(team, created) => {
            setEditing(null);
            setNotice({ tone: "success", message: `${created ? "Added" : "Saved"} “${team.name}”.` });
            if (created) teams.setData((current) => ({ teams: [...(current?.teams ?? []), team].sort((a, b) => a.name.localeCompare(b.name)) }));
            else replace(team);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete “${deleting?.name ?? "team"}”?`}
        description={
          deleting && deleting.routingRuleCount > 0
            ? `${deleting.routingRuleCount} routing ${deleting.routingRuleCount === 1 ? "rule sends" : "rules send"} conversations here: change ${deleting.routingRuleCount === 1 ? "it" : "them"} on the Routing page first.`
            : "Its members stay in the workspace. Inboxes that use it as their default team will have none."
        }
        confirmLabel="Delete team"
        onConfirm={async () => {
          if (!deleting) return;
          await api.delete(`/api/teams/${encodeURIComponent(deleting.id)}`);
          setNotice({ tone: "success", message: `Deleted “${deleting.name}”.` });
          teams.setData((current) => current && { teams: current.teams.filter((item) => item.id !== deleting.id) });
        }}
      />
    </>
  );
}

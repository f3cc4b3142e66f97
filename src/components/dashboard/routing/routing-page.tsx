"use client";
import { useState } from "react";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { PlusIcon } from "@/components/ui/icons";
import { LoadingBlock } from "@/components/ui/spinner";
import { api, errorMessage } from "@/lib/api-client";
import { PageHeader } from "../page-header";
import { useSession } from "../session-context";
import type { TeamList } from "../teams/types";
import { RouteIcon } from "./icons";
import { moveRule } from "./rule-fields";
import { RuleDialog } from "./rule-dialog";
import { RuleList } from "./rule-list";
import { RoutingHelp } from "./routing-help";
import type { RoutingRule, RoutingRuleList } from "./types";

export function RoutingPage() {
  const { canManage } = useSession();
  const rules = useApi<RoutingRuleList>("/api/routing-rules");
  const teams = useApi<TeamList>("/api/teams");
  const [editing, setEditing] = useState<RoutingRule | "new" | null>(null);
  const [deleting, setDeleting] = useState<RoutingRule | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; message: string } | null>(null);
  const list = rules.data?.routingRules;
  const teamOptions = teams.data?.teams ?? [];
  const noTeams = teams.data !== undefined && teamOptions.length === 0;

  const setList = (next: RoutingRule[]) => rules.setData(() => ({ routingRules: next }));
  const open = (target: RoutingRule | "new") => {
    setNotice(null);
    setEditing(target);
  };

  const toggle = async (rule: RoutingRule, enabled: boolean) => {
    setNotice(null);
    setBusyId(rule.id);
    try {
      const saved = await api.patch<RoutingRule>(`/api/routing-rules/${encodeURIComponent(rule.id)}`, { enabled });
      setList((list ?? []).map((item) => (item.id === saved.id ? saved : item)));
    } catch (caught) {
      setNotice({ tone: "error", message: `Could not ${enabled ? "enable" : "disable"} “${rule.name}”: ${errorMessage(caught)}` });
    } finally {
      setBusyId(null);
    }
  };

  const move = async (rule: RoutingRule, delta: -1 | 1) => {
    if (!list) return;
    setNotice(null);
    setBusyId("order");
    try {
      const ruleIds = moveRule(list.map((item) => item.id), rule.id, delta);
      setList((await api.post<RoutingRuleList>("/api/routing-rules/reorder", { ruleIds })).routingRules);
    } catch (caught) {
      setNotice({ tone: "error", message: `Could not move “${rule.name}”: ${errorMessage(caught)}` });
      rules.reload();
    } finally {
      setBusyId(null);
    }
  };

  return (
    <>
      <PageHeader
        title="Routing"
        description="Which team an escalated conversation goes to."
        actions={
          canManage ? (
            <Button icon={<PlusIcon />} onClick={() => open("new")} disabled={noTeams}>
              New rule
            </Button>
          ) : null
        }
      />
      <div className="space-y-6">
        {canManage ? null : (
          <Alert tone="info" title="Only owners and admins can change routing">
            You can see where each kind of conversation is sent.
          </Alert>
        )}
        {canManage && noTeams ? (
          <Alert tone="warning" title="Create a team first">
            Routing rules send conversations to a team. <ButtonLink href="/dashboard/teams" variant="secondary" size="sm" className="ml-2">Go to Teams</ButtonLink>
          </Alert>
        ) : null}
        {notice ? <Alert tone={notice.tone}>{notice.message}</Alert> : null}
        {teams.error ? <Alert tone="error">Could not load the teams to route to: {teams.error.message}</Alert> : null}
        <RoutingHelp />
        <Card aria-labelledby="routing-rules-title">
          <CardHeader id="routing-rules-title" title="Rules" description="Checked from the top; the first rule that matches decides the team." />
          {rules.error ? <Alert tone="error" className="m-5">{rules.error.message}</Alert> : null}
          {!list ? (
            rules.loading ? <LoadingBlock label="Loading rules…" /> : null
          ) : list.length === 0 ? (
            <EmptyState
              icon={<RouteIcon className="size-5" />}
              title="No routing rules"
              description="Without rules, an escalation goes to its inbox's default team, or to everyone online."
              action={
                canManage && !noTeams ? (
                  <Button icon={<PlusIcon />} onClick={() => open("new")}>
                    Add a rule
                  </Button>
                ) : null
              }
            />
          ) : (
            <RuleList rules={list} canManage={canManage} busyId={busyId} onOpen={open} onToggle={(rule, enabled) => void toggle(rule, enabled)} onMove={(rule, delta) => void move(rule, delta)} onDelete={setDeleting} />
          )}
        </Card>
      </div>
      {canManage ? (
        <RuleDialog
          target={editing}
          teams={teamOptions}
          onClose={() => setEditing(null)}
          onSaved={(rule, created) => {
            setEditing(null);
            setNotice({ tone: "success", message: `${created ? "Added" : "Saved"} “${rule.name}”.` });
            setList(created ? [...(list ?? []), rule] : (list ?? []).map((item) => (item.id === rule.id ? rule : item)));
          }}
        />
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete “${deleting?.name ?? "rule"}”?`}
        description="Escalations it matched will fall through to the rules below it. To keep it without using it, disable it instead."
        confirmLabel="Delete rule"
        onConfirm={async () => {
          if (!deleting) return;
          await api.delete(`/api/routing-rules/${encodeURIComponent(deleting.id)}`);
          setNotice({ tone: "success", message: `Deleted “${deleting.name}”.` });
          setList((list ?? []).filter((item) => item.id !== deleting.id));
        }}
      />
    </>
  );
}

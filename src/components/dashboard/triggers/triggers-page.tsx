"use client";
import { useState } from "react";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PlusIcon } from "@/components/ui/icons";
import { api, errorMessage } from "@/lib/api-client";
import type { TriggerRule } from "../api-types";
import { PageHeader } from "../page-header";
import { useSession } from "../session-context";
import { RuleDialog } from "./rule-dialog";
import { RuleList } from "./rule-list";
import { Simulator } from "./simulator";

const byPosition = (rules: TriggerRule[]) => [...rules].sort((a, b) => a.position - b.position);

export function TriggersPage() {
  const { canManage } = useSession();
  const rules = useApi<TriggerRule[]>("/api/triggers/rules");
  const [editing, setEditing] = useState<TriggerRule | "new" | null>(null);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; message: string } | null>(null);
  const [togglingId, setTogglingId] = useState<string | null>(null);
  const sorted = rules.data && byPosition(rules.data);
  const nextPosition = sorted?.length ? sorted[sorted.length - 1]!.position + 1 : 0;

  const replace = (rule: TriggerRule) => rules.setData((current) => current?.map((item) => (item.id === rule.id ? rule : item)));

  const toggle = async (rule: TriggerRule, enabled: boolean) => {
    setNotice(null);
    setTogglingId(rule.id);
    try {
      replace(await api.patch<TriggerRule>(`/api/triggers/rules/${encodeURIComponent(rule.id)}`, { enabled }));
    } catch (caught) {
      setNotice({ tone: "error", message: `Could not ${enabled ? "enable" : "disable"} “${rule.name}”: ${errorMessage(caught)}` });
    } finally {
      setTogglingId(null);
    }
  };

  const open = (rule: TriggerRule | "new") => {
    setNotice(null);
    setEditing(rule);
  };

  return (
    <>
      <PageHeader
        title="Handoff rules"
        description="When the bot brings a person into a conversation, and what happens then."
        actions={
          canManage ? (
            <Button icon={<PlusIcon />} onClick={() => open("new")}>
              New rule
            </Button>
          ) : null
        }
      />
      <div className="space-y-6">
        {canManage ? null : (
          <Alert tone="info" title="Only owners and admins can change handoff rules">
            You can read every rule and try them in the simulator below.
          </Alert>
        )}
        {notice ? <Alert tone={notice.tone}>{notice.message}</Alert> : null}
        <RuleList
          rules={sorted}
          loading={rules.loading}
          error={rules.error}
          canManage={canManage}
          togglingId={togglingId}
          onOpen={open}
          onToggle={(rule, enabled) => void toggle(rule, enabled)}
          onDeleted={(rule) => {
            setNotice({ tone: "success", message: `Deleted “${rule.name}”.` });
            rules.setData((current) => current?.filter((item) => item.id !== rule.id));
          }}
          onCreate={() => open("new")}
        />
        <Simulator />
      </div>
      <RuleDialog
        target={editing}
        readOnly={!canManage}
        nextPosition={nextPosition}
        onClose={() => setEditing(null)}
        onSaved={(rule, created) => {
          setEditing(null);
          setNotice({ tone: "success", message: `${created ? "Added" : "Saved"} “${rule.name}”.` });
          if (created) rules.setData((current) => [...(current ?? []), rule]);
          else replace(rule);
        }}
      />
    </>
  );
}

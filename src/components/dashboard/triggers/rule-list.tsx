"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { PlusIcon, TrashIcon } from "@/components/ui/icons";
import { LoadingBlock } from "@/components/ui/spinner";
import { api, type ApiError } from "@/lib/api-client";
import type { TriggerRule } from "../api-types";
import { Switch } from "../knowledge/switch";
import { HandoffIcon } from "./icons";
import { ReasonBadge } from "./reason-badge";
import { summarizeAction } from "./rule-fields";

export interface RuleListProps {
  rules: TriggerRule[] | undefined;
  loading: boolean;
  error: ApiError | null;
  canManage: boolean;
  togglingId: string | null;
  onOpen: (rule: TriggerRule) => void;
  onToggle: (rule: TriggerRule, enabled: boolean) => void;
  onDeleted: (rule: TriggerRule) => void;
  onCreate: () => void;
}

export function RuleList({ rules, loading, error, canManage, togglingId, onOpen, onToggle, onDeleted, onCreate }: RuleListProps) {
  const [deleting, setDeleting] = useState<TriggerRule | null>(null);
  return (
    <Card aria-labelledby="rules-title">
      <CardHeader id="rules-title" title="Rules" description="Checked on every visitor message, lowest position first. The strongest action of the rules that fire wins." />
      {error ? <Alert tone="error" className="m-5">{error.message}</Alert> : null}
      {!rules ? (
        loading ? <LoadingBlock label="Loading rules…" /> : null
      ) : rules.length === 0 ? (
        <EmptyState
          icon={<HandoffIcon className="size-5" />}
          title="No handoff rules"
          description="Without rules the bot answers every conversation on its own, unless a visitor presses the widget's button for a person."
          action={
            canManage ? (
              <Button icon={<PlusIcon />} onClick={onCreate}>
                Add a rule
              </Button>
            ) : null
          }
        />
      ) : (
        <ul className="divide-y divide-zinc-100" data-testid="rule-list">
          {rules.map((rule) => (
            <li key={rule.id} className="flex items-start gap-4 px-5 py-3.5" data-testid="rule">
              <span className="mt-0.5 w-6 shrink-0 text-right font-mono text-xs text-zinc-400" title="Position">
                {rule.position}
              </span>
              <div className="min-w-0 flex-1 space-y-1">
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="min-w-0 text-sm font-medium text-zinc-900">
                    <button type="button" onClick={() => onOpen(rule)} className="text-left hover:text-brand-700 hover:underline">
                      {rule.name}
                    </button>
                  </h3>
                  <ReasonBadge reason={rule.reason} />
                  {rule.enabled ? null : <Badge tone="amber">Disabled</Badge>}
                </div>
                <p className="text-sm text-zinc-600">{summarizeAction(rule.action)}</p>
              </div>
              {canManage ? (
                <div className="flex shrink-0 items-start gap-1">
                  <div className="flex h-8 items-center pr-2">
                    <Switch checked={rule.enabled} onChange={(enabled) => onToggle(rule, enabled)} busy={togglingId === rule.id} label={`Use “${rule.name}”`} />
                  </div>
                  <Button variant="ghost" size="sm" onClick={() => onOpen(rule)} aria-label={`Edit ${rule.name}`}>
                    Edit
                  </Button>
                  <Button variant="ghost" size="sm" onClick={() => setDeleting(rule)} aria-label={`Delete ${rule.name}`} icon={<TrashIcon />} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete “${deleting?.name ?? "rule"}”?`}
        description="Conversations stop being handed off by this rule right away. This cannot be undone; to keep it without using it, disable it instead."
        confirmLabel="Delete rule"
        onConfirm={async () => {
          if (!deleting) return;
          await api.delete(`/api/triggers/rules/${encodeURIComponent(deleting.id)}`);
          onDeleted(deleting);
        }}
      />
    </Card>
  );
}

"use client";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TrashIcon } from "@/components/ui/icons";
import { Switch } from "../knowledge/switch";
import { ArrowDownIcon, ArrowUpIcon } from "./icons";
import { describeConditions } from "./rule-fields";
import type { RoutingRule } from "./types";

export interface RuleListProps {
  rules: RoutingRule[];
  canManage: boolean;
  /** A rule being saved (toggle) or the whole list (reorder). */
  busyId: string | null;
  onOpen: (rule: RoutingRule) => void;
  onToggle: (rule: RoutingRule, enabled: boolean) => void;
  onMove: (rule: RoutingRule, delta: -1 | 1) => void;
  onDelete: (rule: RoutingRule) => void;
}

const catchAll = (last: boolean) => (last ? "Everything no rule above matched (catch-all)." : "Every escalation (catch-all): the rules below it are never reached.");

export function RuleList({ rules, canManage, busyId, onOpen, onToggle, onMove, onDelete }: RuleListProps) {
  return (
    <ol className="divide-y divide-zinc-100" data-testid="routing-rules" aria-busy={busyId === "order" || undefined}>
      {rules.map((rule, index) => {
        const conditions = describeConditions(rule);
        return (
          <li key={rule.id} className="flex items-start gap-4 px-5 py-3.5" data-testid="routing-rule">
            <span className="mt-0.5 w-6 shrink-0 text-right font-mono text-xs text-zinc-400" title="Checked in this order">
              {index + 1}
            </span>
            <div className="min-w-0 flex-1 space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="min-w-0 text-sm font-medium text-zinc-900">
                  <button type="button" onClick={() => onOpen(rule)} className="text-left hover:text-brand-700 hover:underline">
                    {rule.name}
                  </button>
                </h3>
                <span className="text-sm text-zinc-400" aria-hidden="true">
                  →
                </span>
                <Badge tone="brand">{rule.team.name}</Badge>
                {rule.enabled ? null : <Badge tone="amber">Disabled</Badge>}
              </div>
              <p className="text-sm text-zinc-600">{conditions.length > 0 ? conditions.join(" · and ") : catchAll(index === rules.length - 1)}</p>
            </div>
            {canManage ? (
              <div className="flex shrink-0 items-start gap-1">
                <div className="flex h-8 items-center pr-2">
                  <Switch checked={rule.enabled} onChange={(enabled) => onToggle(rule, enabled)} busy={busyId === rule.id} label={`Use “${rule.name}”`} />
                </div>
                <Button variant="ghost" size="sm" onClick={() => onMove(rule, -1)} disabled={index === 0 || busyId !== null} aria-label={`Move ${rule.name} up`} icon={<ArrowUpIcon />} />
                <Button variant="ghost" size="sm" onClick={() => onMove(rule, 1)} disabled={index === rules.length - 1 || busyId !== null} aria-label={`Move ${rule.name} down`} icon={<ArrowDownIcon />} />
                <Button variant="ghost" size="sm" onClick={() => onOpen(rule)} aria-label={`Edit ${rule.name}`}>
                  Edit
                </Button>
                <Button variant="ghost" size="sm" onClick={() => onDelete(rule)} aria-label={`Delete ${rule.name}`} icon={<TrashIcon />} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

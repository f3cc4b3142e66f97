"use client";
import type { AuditEntry } from "@/components/api-types";
import { formatDateTime } from "@/components/format";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadingBlock } from "@/components/ui/spinner";
import { AUDIT_ACTION_LABELS } from "../audit/audit-labels";


function describe(entry: AuditEntry): string {
  const metadata = (entry.metadata ?? {}) as Record<string, unknown>;
  if (entry.action === "member.role_changed" && typeof metadata.to === "string") return `changed a member's role to ${metadata.to}`;
  if (entry.action === "member.removed" && typeof metadata.email === "string") return `removed ${metadata.email}`;
  if (entry.action === "invitation.created" && typeof metadata.email === "string") return `invited ${metadata.email}`;
  if (entry.action.startsWith("team.") && entry.action !== "team.updated" && typeof metadata.name === "string") return `${AUDIT_ACTION_LABELS[entry.action]} (${metadata.name})`;
  if (entry.action === "canned_response.created" && typeof metadata.shortcut === "string") return `added the canned response /${metadata.shortcut}`;
  return AUDIT_ACTION_LABELS[entry.action] ?? entry.action;
}

const SHOWN = 20;

export function AuditLog() {
  const log = useApi<AuditEntry[]>("/api/workspace/audit-log");
  const entries = log.data?.slice(0, SHOWN);
  return (
    <Card aria-labelledby="audit-title">
      <CardHeader id="audit-title" title="Activity" description="Recent changes to members, invitations, keys and settings." />
      {log.error ? <Alert tone="error" className="m-5">{log.error.message}</Alert> : null}
      {!entries ? (
        log.loading ? <LoadingBlock /> : null
      ) : entries.length === 0 ? (
        <EmptyState title="No activity yet" description="Changes made by owners and admins will be listed here." />
      ) : (
        <ul className="divide-y divide-zinc-100">
          {entries.map((entry) => (
            <li key={entry.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-5 py-3 text-sm">
              <p className="text-zinc-700">
                <span className="font-medium text-zinc-900">{entry.actor ?? "Someone"}</span> {describe(entry)}
              </p>
              <time dateTime={entry.createdAt} className="text-xs text-zinc-500">
                {formatDateTime(entry.createdAt)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

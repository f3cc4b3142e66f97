"use client";
import { useState } from "react";
import { formatDateTime } from "@/components/format";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/field";
import { LoadingBlock } from "@/components/ui/spinner";
import { ManagersOnly } from "../managers-only";
import { PageHeader } from "../page-header";
import { useSession } from "../session-context";
import { auditActionLabel, auditDetails } from "./audit-labels";
import { AuditIcon } from "./icons";

interface AuditPage {
  entries: Array<{
    id: string;
    action: string;
    actor: { name: string; email: string } | null;
    targetType: string | null;
    targetId: string | null;
    metadata: unknown;
    createdAt: string;
  }>;
  nextCursor: string | null;
  actions: string[];
}

const PAGE_SIZE = 50;

export function AuditLogPage() {
  const { canManage } = useSession();
  const [action, setAction] = useState("");
  // The cursors of the pages before the current one, so "Newer" can go back.
  const [cursors, setCursors] = useState<string[]>([]);
  const before = cursors[cursors.length - 1];
  const params = new URLSearchParams({ limit: String(PAGE_SIZE), ...(action ? { action } : {}), ...(before ? { before } : {}) });
  const page = useApi<AuditPage>(canManage ? `/api/audit?${params}` : null);
  const entries = page.data?.entries;

  return (
    <>
      <PageHeader title="Audit log" description="Who changed which setting, and when. Kept for the life of the workspace." />
      {!canManage ? (
        <ManagersOnly what="read the audit log" />
      ) : (
        <Card>
          <div className="flex flex-wrap items-end justify-between gap-3 border-b border-zinc-100 px-5 py-4">
            <div className="w-64">
              <SelectField
                label="Action"
                value={action}
                onChange={(event) => {
                  setAction(event.target.value);
                  setCursors([]);
                }}
              >
                <option value="">All actions</option>
                {(page.data?.actions ?? (action ? [action] : [])).map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </SelectField>
            </div>
            <Button size="sm" variant="ghost" onClick={page.reload}>
              Refresh
            </Button>
          </div>
          {page.error ? <Alert tone="error" className="m-5">{page.error.message}</Alert> : null}
          {!entries ? (
            page.loading ? <LoadingBlock label="Loading the audit log…" /> : null
          ) : entries.length === 0 ? (
            <EmptyState icon={<AuditIcon className="size-5" />} title="Nothing recorded yet" description={action ? "No entries for this action." : "Changes made by owners and admins will be listed here."} />
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm" data-testid="audit-table">
                <thead className="text-xs text-zinc-500">
                  <tr className="border-b border-zinc-100">
                    <th scope="col" className="px-5 py-2.5 font-medium">When</th>
                    <th scope="col" className="px-5 py-2.5 font-medium">Who</th>
                    <th scope="col" className="px-5 py-2.5 font-medium">What</th>
                    <th scope="col" className="hidden px-5 py-2.5 font-medium lg:table-cell">Target</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-zinc-100">
                  {entries.map((entry) => (
                    <tr key={entry.id} className="align-top">
                      <td className="px-5 py-3 whitespace-nowrap text-zinc-500">
                        <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
                      </td>
                      <td className="px-5 py-3">
                        <span className="font-medium text-zinc-900">{entry.actor?.name ?? "Baton"}</span>
                        {entry.actor ? <span className="block text-xs text-zinc-500">{entry.actor.email}</span> : null}
                      </td>
                      <td className="px-5 py-3 text-zinc-700">
                        {auditActionLabel(entry.action)} <code className="text-xs text-zinc-400">{entry.action}</code>
                        {auditDetails(entry.metadata) ? <span className="block max-w-xl truncate text-xs text-zinc-500" title={auditDetails(entry.metadata)}>{auditDetails(entry.metadata)}</span> : null}
                      </td>
                      <td className="hidden px-5 py-3 text-xs text-zinc-500 lg:table-cell">
                        {entry.targetType ? `${entry.targetType} ` : ""}
                        {entry.targetId ? <code>{entry.targetId}</code> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="flex items-center justify-end gap-2 border-t border-zinc-100 px-5 py-3">
            <Button size="sm" variant="secondary" disabled={cursors.length === 0} onClick={() => setCursors((current) => current.slice(0, -1))}>
              Newer
            </Button>
            <Button size="sm" variant="secondary" disabled={!page.data?.nextCursor} onClick={() => page.data?.nextCursor && setCursors((current) => [...current, page.data!.nextCursor!])}>
              Older
            </Button>
          </div>
        </Card>
      )}
    </>
  );
}

"use client";
import { useState } from "react";
import type { ScopedApiKey as ApiKey } from "./types";
import type { ApiResource } from "@/components/use-api";
import { formatDate } from "@/components/format";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { KeyIcon } from "@/components/ui/icons";
import { LoadingBlock } from "@/components/ui/spinner";
import { api } from "@/lib/api-client";

export function ApiKeyList({ keys }: { keys: ApiResource<ApiKey[]> }) {
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const list = keys.data;

  return (
    <Card aria-labelledby="keys-title">
      <CardHeader id="keys-title" title="Active keys" description="Requests authenticate with Authorization: Bearer <key>." />
      {keys.error ? <Alert tone="error" className="m-5">{keys.error.message}</Alert> : null}
      {!list ? (
        keys.loading ? <LoadingBlock /> : null
      ) : list.length === 0 ? (
        <EmptyState icon={<KeyIcon className="size-5" />} title="No API keys yet" description="Create a key above to call Baton's API from your own systems." />
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="api-keys-table">
            <thead className="text-xs text-zinc-500">
              <tr className="border-b border-zinc-100">
                <th scope="col" className="px-5 py-2.5 font-medium">Name</th>
                <th scope="col" className="px-5 py-2.5 font-medium">Key</th>
                <th scope="col" className="px-5 py-2.5 font-medium">Scopes</th>
                <th scope="col" className="hidden px-5 py-2.5 font-medium sm:table-cell">Created</th>
                <th scope="col" className="hidden px-5 py-2.5 font-medium sm:table-cell">Last used</th>
                <th scope="col" className="px-5 py-2.5"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {list.map((key) => (
                <tr key={key.id}>
                  <td className="px-5 py-3 font-medium text-zinc-900">{key.name}</td>
                  <td className="px-5 py-3">
                    <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-700">{key.prefix}…</code>
                  </td>
                  <td className="px-5 py-3">
                    <div className="flex max-w-xs flex-wrap gap-1" data-testid="api-key-scopes">
                      {key.scopes.map((scope) => (
                        <Badge key={scope} tone={scope.endsWith(":read") ? "neutral" : "amber"}>{scope}</Badge>
                      ))}
                    </div>
                  </td>
                  <td className="hidden px-5 py-3 text-zinc-500 sm:table-cell">{formatDate(key.createdAt)}</td>
                  <td className="hidden px-5 py-3 text-zinc-500 sm:table-cell">{key.lastUsedAt ? formatDate(key.lastUsedAt) : "Never"}</td>
                  <td className="px-5 py-3 text-right">
                    <Button variant="ghost" size="sm" onClick={() => setRevoking(key)} aria-label={`Revoke ${key.name}`}>
                      Revoke
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={revoking !== null}
        onClose={() => setRevoking(null)}
        title={`Revoke “${revoking?.name ?? "key"}”?`}
        description="Anything using this key stops working immediately. This cannot be undone."
        confirmLabel="Revoke key"
        onConfirm={async () => {
          if (!revoking) return;
          await api.delete(`/api/workspace/api-keys/${encodeURIComponent(revoking.id)}`);
          keys.setData((current) => current?.filter((item) => item.id !== revoking.id));
        }}
      />
    </Card>
  );
}

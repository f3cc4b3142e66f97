"use client";
import { useState } from "react";
import type { WebhookDeliveryDto } from "@/features/webhooks/webhooks.schemas";
import { formatDateTime } from "@/components/format";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { LoadingBlock } from "@/components/ui/spinner";
import { api, errorMessage } from "@/lib/api-client";

function StatusBadge({ delivery }: { delivery: WebhookDeliveryDto }) {
  if (delivery.status === "sent") return <Badge tone="green">Sent</Badge>;
  if (delivery.status === "failed") return <Badge className="bg-red-50 text-red-700 ring-red-200">Failed</Badge>;
  return <Badge tone="amber">{delivery.attempts > 0 ? "Retrying" : "Pending"}</Badge>;
}

/** The endpoint's recent deliveries; `version` changes when the parent sent a test event. */
export function WebhookDeliveries({ endpointId, version }: { endpointId: string; version: number }) {
  const deliveries = useApi<{ deliveries: WebhookDeliveryDto[] }>(`/api/webhooks/${encodeURIComponent(endpointId)}/deliveries?limit=25&v=${version}`);
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const list = deliveries.data?.deliveries;

  const redeliver = async (delivery: WebhookDeliveryDto) => {
    setBusyId(delivery.id);
    setError(null);
    try {
      const updated = await api.post<WebhookDeliveryDto>(`/api/webhooks/${encodeURIComponent(endpointId)}/deliveries/${encodeURIComponent(delivery.id)}/redeliver`);
      deliveries.setData((current) => current && { deliveries: current.deliveries.map((item) => (item.id === updated.id ? updated : item)) });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <div className="border-t border-zinc-100" data-testid="webhook-deliveries">
      <div className="flex items-center justify-between px-5 py-2.5">
        <h4 className="text-sm font-medium text-zinc-700">Recent deliveries</h4>
        <Button size="sm" variant="ghost" onClick={deliveries.reload} loading={deliveries.loading && list !== undefined}>
          Refresh
        </Button>
      </div>
      {deliveries.error ? <Alert tone="error" className="mx-5 mb-3">{deliveries.error.message}</Alert> : null}
      {error ? <Alert tone="error" className="mx-5 mb-3">{error}</Alert> : null}
      {!list ? (
        deliveries.loading ? <LoadingBlock label="Loading deliveries…" /> : null
      ) : list.length === 0 ? (
        <p className="px-5 pb-4 text-sm text-zinc-500">Nothing sent yet. Send a test event, or wait for a subscribed event to happen.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-zinc-500">
              <tr className="border-b border-zinc-100">
                <th scope="col" className="px-5 py-2 font-medium">Event</th>
                <th scope="col" className="px-5 py-2 font-medium">Status</th>
                <th scope="col" className="px-5 py-2 font-medium">Attempts</th>
                <th scope="col" className="px-5 py-2 font-medium">Response</th>
                <th scope="col" className="hidden px-5 py-2 font-medium md:table-cell">Created</th>
                <th scope="col" className="px-5 py-2"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {list.map((delivery) => (
                <tr key={delivery.id} data-testid="webhook-delivery-row">
                  <td className="px-5 py-2.5">
                    <code className="text-xs text-zinc-800">{delivery.eventType}</code>
                    <span className="block max-w-56 truncate text-xs text-zinc-400" title={delivery.eventId}>{delivery.eventId}</span>
                  </td>
                  <td className="px-5 py-2.5"><StatusBadge delivery={delivery} /></td>
                  <td className="px-5 py-2.5 tabular-nums text-zinc-600">{delivery.attempts}</td>
                  <td className="px-5 py-2.5 text-zinc-600">
                    {delivery.responseStatus ?? "–"}
                    {delivery.lastError ? <span className="block max-w-64 truncate text-xs text-red-600" title={delivery.lastError}>{delivery.lastError}</span> : null}
                  </td>
                  <td className="hidden px-5 py-2.5 text-zinc-500 md:table-cell">{formatDateTime(delivery.createdAt)}</td>
                  <td className="px-5 py-2.5 text-right">
                    {delivery.status !== "pending" ? (
                      <Button size="sm" variant="ghost" loading={busyId === delivery.id} onClick={() => void redeliver(delivery)} aria-label={`Redeliver ${delivery.eventId}`}>
                        Redeliver
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

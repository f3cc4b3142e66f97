"use client";
import { useState } from "react";
import type { WebhookEndpointDto } from "@/features/webhooks/webhooks.schemas";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { api, errorMessage } from "@/lib/api-client";
import { WebhookDeliveries } from "./webhook-deliveries";

interface Props {
  endpoint: WebhookEndpointDto;
  onChanged: (endpoint: WebhookEndpointDto) => void;
  onDeleted: (endpointId: string) => void;
}

export function WebhookEndpointCard({ endpoint, onChanged, onDeleted }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<"test" | "toggle" | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [showDeliveries, setShowDeliveries] = useState(false);
  const [version, setVersion] = useState(0);
  const path = `/api/webhooks/${encodeURIComponent(endpoint.id)}`;

  const run = async (what: "test" | "toggle", action: () => Promise<void>) => {
    setBusy(what);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(null);
    }
  };

  const sendTest = () =>
    run("test", async () => {
      await api.post(`${path}/test`);
      setNotice("Test event queued. It appears below as soon as it has been sent.");
      setShowDeliveries(true);
      setVersion((value) => value + 1);
    });

  const toggle = () => run("toggle", async () => onChanged(await api.patch<WebhookEndpointDto>(path, { enabled: !endpoint.enabled })));

  return (
    <Card data-testid="webhook-endpoint">
      <div className="flex flex-wrap items-start justify-between gap-3 px-5 py-4">
        <div className="min-w-0 space-y-1.5">
          <p className="flex items-center gap-2">
            <code className="truncate font-mono text-sm text-zinc-900" title={endpoint.url}>{endpoint.url}</code>
            {endpoint.enabled ? <Badge tone="green">Active</Badge> : <Badge>Paused</Badge>}
          </p>
          {endpoint.description ? <p className="text-sm text-zinc-500">{endpoint.description}</p> : null}
          <div className="flex flex-wrap gap-1.5">
            {endpoint.events.map((type) => (
              <Badge key={type} tone="brand">{type}</Badge>
            ))}
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-1.5">
          <Button size="sm" variant="secondary" loading={busy === "test"} onClick={() => void sendTest()}>
            Send test event
          </Button>
          <Button size="sm" variant="ghost" loading={busy === "toggle"} onClick={() => void toggle()}>
            {endpoint.enabled ? "Pause" : "Resume"}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setShowDeliveries((value) => !value)} aria-expanded={showDeliveries}>
            {showDeliveries ? "Hide deliveries" : "Deliveries"}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setDeleting(true)} aria-label={`Delete ${endpoint.url}`}>
            Delete
          </Button>
        </div>
      </div>
      {error ? <Alert tone="error" className="mx-5 mb-4">{error}</Alert> : null}
      {notice ? <Alert tone="success" className="mx-5 mb-4">{notice}</Alert> : null}
      {showDeliveries ? <WebhookDeliveries endpointId={endpoint.id} version={version} /> : null}
      <ConfirmDialog
        open={deleting}
        onClose={() => setDeleting(false)}
        title="Delete this endpoint?"
        description="Baton stops sending to it at once, and its delivery history is deleted. This cannot be undone."
        confirmLabel="Delete endpoint"
        onConfirm={async () => {
          await api.delete(path);
          onDeleted(endpoint.id);
        }}
      />
    </Card>
  );
}

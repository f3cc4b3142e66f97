"use client";
import { useState, type FormEvent } from "react";
import { WEBHOOK_EVENTS, type WebhookEndpointDto } from "@/features/webhooks/webhooks.schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-button";
import { TextField } from "@/components/ui/field";
import { api, errorMessage } from "@/lib/api-client";
import { EVENT_LABELS } from "./event-labels";

type Created = WebhookEndpointDto & { secret: string };

export function CreateWebhook({ onCreated }: { onCreated: (endpoint: WebhookEndpointDto) => void }) {
  const [created, setCreated] = useState<Created | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const description = String(data.get("description") ?? "").trim();
    setBusy(true);
    setError(null);
    try {
      const endpoint = await api.post<Created>("/api/webhooks", {
        url: String(data.get("url") ?? "").trim(),
        events: data.getAll("events").map(String),
        ...(description ? { description } : {}),
      });
      setCreated(endpoint);
      form.reset();
      const { secret: _secret, ...listed } = endpoint;
      onCreated(listed);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card aria-labelledby="create-webhook-title">
      <CardHeader
        id="create-webhook-title"
        title="Add an endpoint"
        description="Baton POSTs signed JSON to this URL when the chosen events happen, and retries for about 17 minutes until it answers 2xx."
      />
      <CardBody className="space-y-4">
        {created ? (
          <div className="space-y-3 rounded-lg bg-amber-50 p-4 ring-1 ring-amber-200 ring-inset" data-testid="new-webhook-secret">
            <div>
              <p className="text-sm font-semibold text-amber-900">Copy the signing secret now</p>
              <p className="text-sm text-amber-900/80">
                Use it to check the Baton-Webhook-Signature header of each request. Baton stores it encrypted and will not show it again.
              </p>
            </div>
            <CopyField value={created.secret} label="Signing secret" testId="new-webhook-secret-value" />
            <div className="flex justify-end">
              <Button size="sm" variant="secondary" onClick={() => setCreated(null)}>
                I have copied it
              </Button>
            </div>
          </div>
        ) : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        <form onSubmit={(event) => void onSubmit(event)} className="space-y-4">
          <TextField label="Endpoint URL" name="url" type="url" required maxLength={2000} placeholder="https://example.com/baton/webhooks" />
          <TextField label="Description" name="description" maxLength={200} placeholder="e.g. CRM sync (optional)" />
          <fieldset>
            <legend className="text-sm font-medium text-zinc-800">Events</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {WEBHOOK_EVENTS.map((type) => (
                <label key={type} className="flex items-start gap-2.5 rounded-lg p-2 ring-1 ring-zinc-200 ring-inset hover:bg-zinc-50">
                  <input type="checkbox" name="events" value={type} defaultChecked={type === "conversation.escalated"} className="mt-0.5 size-4 accent-brand-600" />
                  <span className="text-sm">
                    <span className="block font-medium text-zinc-900">{EVENT_LABELS[type].title}</span>
                    <span className="block text-zinc-500">
                      <code className="text-xs">{type}</code>: {EVENT_LABELS[type].description}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="flex justify-end">
            <Button type="submit" loading={busy}>
              Add endpoint
            </Button>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}

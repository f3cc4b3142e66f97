"use client";
import type { WebhookEndpointDto } from "@/features/webhooks/webhooks.schemas";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadingBlock } from "@/components/ui/spinner";
import { ManagersOnly } from "../managers-only";
import { PageHeader } from "../page-header";
import { useSession } from "../session-context";
import { CreateWebhook } from "./create-webhook";
import { WebhookIcon } from "./icons";
import { WebhookEndpointCard } from "./webhook-endpoint-card";

export function WebhooksPage() {
  const { canManage } = useSession();
  const endpoints = useApi<{ endpoints: WebhookEndpointDto[] }>(canManage ? "/api/webhooks" : null);
  const list = endpoints.data?.endpoints;
  const update = (change: (current: WebhookEndpointDto[]) => WebhookEndpointDto[]) =>
    endpoints.setData((current) => ({ endpoints: change(current?.endpoints ?? []) }));

  return (
    <>
      <PageHeader title="Webhooks" description="Tell your own systems when conversations escalate, are claimed or resolved, and when messages arrive." />
      {!canManage ? (
        <ManagersOnly what="manage webhooks" />
      ) : (
        <div className="space-y-6">
          <CreateWebhook onCreated={(endpoint) => update((current) => [...current, endpoint])} />
          {endpoints.error ? (
            <Alert tone="error" title="Could not load the endpoints">
              {endpoints.error.message}{" "}
              <Button size="sm" variant="ghost" onClick={endpoints.reload}>
                Try again
              </Button>
            </Alert>
          ) : null}
          {!list ? (
            endpoints.loading ? <LoadingBlock label="Loading endpoints…" /> : null
          ) : list.length === 0 ? (
            <Card>
              <EmptyState icon={<WebhookIcon className="size-5" />} title="No endpoints yet" description="Add one above; each request is signed with its own secret." />
            </Card>
          ) : (
            <section aria-label="Endpoints" className="space-y-4">
              {list.map((endpoint) => (
                <WebhookEndpointCard
                  key={endpoint.id}
                  endpoint={endpoint}
                  onChanged={(changed) => update((current) => current.map((item) => (item.id === changed.id ? changed : item)))}
                  onDeleted={(id) => update((current) => current.filter((item) => item.id !== id))}
                />
              ))}
            </section>
          )}
        </div>
      )}
    </>
  );
}

"use client";
import { useState } from "react";
import type { Workspace } from "@/components/api-types";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/field";
import { PlusIcon } from "@/components/ui/icons";
import { LoadingBlock } from "@/components/ui/spinner";
import { api, errorMessage } from "@/lib/api-client";
import type { Inbox } from "../api-types";
import { ManagersOnly } from "../managers-only";
import { PageHeader } from "../page-header";
import { useSession } from "../session-context";
import { EmbedSnippet } from "./embed-snippet";
import { ChatIcon } from "./icons";
import { IdentityVerification } from "./identity-verification";
import { WidgetSettingsForm } from "./widget-settings-form";

const WIDGET_CHANNEL = "WEB_WIDGET";

export function WidgetPage() {
  const { canManage } = useSession();
  const inboxes = useApi<Inbox[]>(canManage ? "/api/inboxes" : null);
  // For the bot's name in the preview; the page works without it.
  const workspace = useApi<Workspace>(canManage ? "/api/workspace" : null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const widgets = inboxes.data?.filter((item) => item.channel === WIDGET_CHANNEL);
  const inbox = widgets?.find((item) => item.id === selectedId) ?? widgets?.[0];

  const replace = (updated: Inbox) => inboxes.setData((current) => current?.map((item) => (item.id === updated.id ? updated : item)));

  return (
    <>
      <PageHeader title="Chat widget" description="Put the chat on your website, make it look like yours, and decide who answers." />
      {!canManage ? (
        <ManagersOnly what="set up the chat widget" />
      ) : inboxes.error ? (
        <Alert tone="error">{inboxes.error.message}</Alert>
      ) : !widgets ? (
        <LoadingBlock label="Loading your widget…" />
      ) : !inbox ? (
        <CreateWidget onCreated={(created) => inboxes.setData((current) => [...(current ?? []), created])} />
      ) : (
        <div className="space-y-6">
          {widgets.length > 1 ? (
            <div className="max-w-xs">
              <SelectField label="Widget" value={inbox.id} onChange={(event) => setSelectedId(event.target.value)}>
                {widgets.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.name}
                  </option>
                ))}
              </SelectField>
            </div>
          ) : null}
          <EmbedSnippet inbox={inbox} />
          <WidgetSettingsForm key={inbox.id} inbox={inbox} botName={workspace.data?.settings?.botName ?? "Assistant"} onSaved={replace} />
          <IdentityVerification key={`identity-${inbox.id}`} inbox={inbox} onChanged={replace} />
        </div>
      )}
    </>
  );
}

function CreateWidget({ onCreated }: { onCreated: (inbox: Inbox) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      onCreated(await api.post<Inbox>("/api/inboxes", { name: "Website chat" }));
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  };

  return (
    <Card>
      {error ? <Alert tone="error" className="m-5 mb-0">{error}</Alert> : null}
      <EmptyState
        icon={<ChatIcon className="size-5" />}
        title="No chat widget yet"
        description="Create one to get the line of code for your website. You can change its look, who answers and where it runs at any time."
        action={
          <Button icon={<PlusIcon />} loading={busy} onClick={() => void create()}>
            Create widget
          </Button>
        }
      />
    </Card>
  );
}

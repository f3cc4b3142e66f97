"use client";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import type { SlackSettingsDto } from "@/features/slack/slack.dto";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { LoadingBlock } from "@/components/ui/spinner";
import { ManagersOnly } from "../managers-only";
import { PageHeader } from "../page-header";
import { useSession } from "../session-context";
import { ChannelsCard } from "./channels-card";
import { ConnectionCard } from "./connection-card";
import { RequestUrls } from "./request-urls";

export function SlackPage() {
  const { canManage } = useSession();
  return (
    <>
      <PageHeader title="Slack" description="Escalations arrive in a Slack channel with a Claim button; agents reply in the thread and the visitor sees it live." />
      {canManage ? (
        // useSearchParams needs a Suspense boundary for the static render of the page.
        <Suspense fallback={<LoadingBlock />}>
          <SlackSettings />
        </Suspense>
      ) : (
        <ManagersOnly what="connect Slack" />
      )}
    </>
  );
}

function SlackSettings() {
  const settings = useApi<SlackSettingsDto>("/api/slack");
  const params = useSearchParams();
  const outcome = params.get("error");
  const update = (next: SlackSettingsDto) => settings.setData(() => next);
  return (
    <div className="space-y-6">
      {params.get("connected") ? <Alert tone="success">Slack is connected. Pick the channels escalations go to below.</Alert> : null}
      {outcome ? <Alert tone="error" title="Slack was not connected">{outcome}</Alert> : null}
      {settings.error ? <Alert tone="error">{settings.error.message}</Alert> : null}
      {settings.data ? (
        <>
          <ConnectionCard settings={settings.data} onChanged={update} onDisconnected={settings.reload} />
          {settings.data.installation ? <ChannelsCard settings={settings.data} onChanged={update} /> : null}
          {/* Socket Mode needs no Request URLs: the connection card says what the app needs instead. */}
          {settings.data.installation?.socketMode ? null : <RequestUrls urls={settings.data.requestUrls} />}
        </>
      ) : settings.loading ? (
        <LoadingBlock />
      ) : null}
    </div>
  );
}

"use client";
import type { SlackSettingsDto } from "@/features/slack/slack.dto";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-button";

/** Where the Slack app's settings must point: needed for manual mode (your own app) and for your own OAuth app. */
export function RequestUrls({ urls }: { urls: SlackSettingsDto["requestUrls"] }) {
  return (
    <Card aria-labelledby="slack-urls-title">
      <CardHeader id="slack-urls-title" title="Request URLs" description="Paste these into your Slack app's settings at api.slack.com/apps." />
      <CardBody className="space-y-4">
        <div className="space-y-1.5">
          <p className="text-sm text-zinc-600">
            <span className="font-medium text-zinc-900">Event Subscriptions</span> &gt; Request URL. Subscribe to the bot events <code className="rounded bg-zinc-100 px-1 font-mono text-xs">message.channels</code>,{" "}
            <code className="rounded bg-zinc-100 px-1 font-mono text-xs">message.groups</code>, <code className="rounded bg-zinc-100 px-1 font-mono text-xs">app_uninstalled</code> and{" "}
            <code className="rounded bg-zinc-100 px-1 font-mono text-xs">tokens_revoked</code>.
          </p>
          <CopyField value={urls.events} label="Events Request URL" testId="slack-events-url" />
        </div>
        <div className="space-y-1.5">
          <p className="text-sm text-zinc-600">
            <span className="font-medium text-zinc-900">Interactivity &amp; Shortcuts</span> &gt; Request URL (the Claim, Resolve and draft buttons).
          </p>
          <CopyField value={urls.interactions} label="Interactivity Request URL" testId="slack-interactions-url" />
        </div>
        <div className="space-y-1.5">
          <p className="text-sm text-zinc-600">
            <span className="font-medium text-zinc-900">OAuth &amp; Permissions</span> &gt; Redirect URL (only for &quot;Add to Slack&quot;). Bot scopes: chat:write, channels:history, groups:history, users:read, users:read.email.
          </p>
          <CopyField value={urls.oauthRedirect} label="OAuth Redirect URL" />
        </div>
      </CardBody>
    </Card>
  );
}

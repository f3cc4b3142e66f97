"use client";
import { useState, type FormEvent } from "react";
import type { SlackSettingsDto } from "@/features/slack/slack.dto";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextField } from "@/components/ui/field";
import { api, errorMessage } from "@/lib/api-client";

interface Props {
  settings: SlackSettingsDto;
  onChanged: (settings: SlackSettingsDto) => void;
  onDisconnected: () => void;
}

/** Connection status; "Add to Slack" when the server has an app, else (and always for self-hosters) the manual form. */
export function ConnectionCard({ settings, onChanged, onDisconnected }: Props) {
  const installation = settings.installation;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [manual, setManual] = useState(!installation && !settings.oauthAvailable);
  const [confirming, setConfirming] = useState(false);
  const broken = installation?.status === "NEEDS_ATTENTION";

  const addToSlack = async () => {
    setBusy(true);
    setError(null);
    try {
      const { url } = await api.post<{ url: string }>("/api/slack/oauth/start");
      window.location.assign(url);
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  };

  return (
    <Card aria-labelledby="slack-connection-title">
      <CardHeader
        id="slack-connection-title"
        title="Connection"
        description={installation ? `${installation.slackTeamName ?? installation.slackTeamId} · ${installation.mode === "OAUTH" ? "Add to Slack" : "your own Slack app"}${installation.socketMode ? " · Socket Mode" : ""}` : "Connect a Slack workspace."}
        actions={installation ? broken ? <Badge tone="amber">Needs attention</Badge> : <Badge tone="green">Connected</Badge> : <Badge>Not connected</Badge>}
      />
      <CardBody className="space-y-4">
        {broken ? (
          <Alert tone="warning" title="Slack stopped accepting Baton's messages">
            {installation.lastError ?? "Reconnect Slack."} Escalations are kept in Baton (and shown as failed Slack deliveries) until you reconnect.
          </Alert>
        ) : null}
        {installation?.socketMode && !broken ? <SocketModeNote connected={installation.socketConnected} /> : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="flex flex-wrap gap-3">
          {settings.oauthAvailable && (!installation || broken || installation.mode === "OAUTH") ? (
            <Button onClick={() => void addToSlack()} loading={busy}>
              {broken ? "Reconnect Slack" : installation ? "Reinstall" : "Add to Slack"}
            </Button>
          ) : null}
          {!manual ? (
            <Button variant="secondary" onClick={() => setManual(true)}>
              {broken && installation?.mode === "MANUAL" ? "Reconnect with a new token" : "Use my own Slack app"}
            </Button>
          ) : null}
          {installation ? (
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              Disconnect
            </Button>
          ) : null}
        </div>
        {manual ? <ManualForm defaultChannelId={installation?.defaultChannelId ?? ""} onConnected={(next) => (onChanged(next), setManual(false))} /> : null}
      </CardBody>
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Disconnect Slack?"
        description="Baton forgets the token and the channels. Escalations stop going to Slack; existing threads stay in Slack."
        confirmLabel="Disconnect"
        onConfirm={async () => {
          await api.delete("/api/slack");
          onDisconnected();
        }}
      />
    </Card>
  );
}

/** Socket Mode needs no Request URLs, but the app still has to subscribe to the events. */
function SocketModeNote({ connected }: { connected: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm text-zinc-600" data-testid="slack-socket-mode">
      {connected ? <Badge tone="green">Socket Mode connected</Badge> : <Badge tone="amber">Socket Mode: waiting for the worker</Badge>}
      <span>
        Events and button presses arrive over the worker&apos;s connection to Slack: no public URL needed. In the app&apos;s Event Subscriptions, subscribe to the bot events message.channels, message.groups, app_uninstalled and
        tokens_revoked, and turn Interactivity on.
      </span>
    </div>
  );
}

function ManualForm({ defaultChannelId, onConnected }: { defaultChannelId: string; onConnected: (settings: SlackSettingsDto) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const channel = String(form.get("defaultChannelId") ?? "").trim();
      const appToken = String(form.get("appToken") ?? "").trim();
      onConnected(
        await api.post<SlackSettingsDto>("/api/slack/manual", { botToken: form.get("botToken"), signingSecret: form.get("signingSecret"), ...(appToken ? { appToken } : {}), ...(channel ? { defaultChannelId: channel } : {}) }),
      );
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-4 rounded-lg bg-zinc-50 p-4 ring-1 ring-zinc-200 ring-inset">
      <p className="text-sm text-zinc-600">
        Create an app at api.slack.com/apps, install it to your workspace, and paste its Bot User OAuth Token and Signing Secret. Baton checks the token with Slack and stores both encrypted.
      </p>
      <TextField label="Bot token" name="botToken" placeholder="xoxb-..." autoComplete="off" required />
      <TextField label="Signing secret" name="signingSecret" autoComplete="off" required />
      <TextField
        label="App-level token (optional, Socket Mode)"
        name="appToken"
        placeholder="xapp-..."
        autoComplete="off"
        hint="With Socket Mode on in your app, Baton's worker receives events and button presses over a connection it opens to Slack, so Baton needs no public URL. Basic Information > App-Level Tokens, scope connections:write."
      />
      <TextField label="Default channel id" name="defaultChannelId" placeholder="C0123ABCD" defaultValue={defaultChannelId} hint="Channel details > About, at the bottom. Invite the app to the channel (/invite @your-app)." />
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="submit" loading={busy}>
        Connect
      </Button>
    </form>
  );
}

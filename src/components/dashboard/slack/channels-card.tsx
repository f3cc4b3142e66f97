"use client";
import { useState } from "react";
import type { SlackSettingsDto } from "@/features/slack/slack.dto";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/field";
import { api, errorMessage } from "@/lib/api-client";

interface Props {
  settings: SlackSettingsDto;
  onChanged: (settings: SlackSettingsDto) => void;
}

/** The default channel, one channel per team, alerts-only per channel, and the "take over?" question. */
export function ChannelsCard({ settings, onChanged }: Props) {
  const installation = settings.installation!;
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<SlackSettingsDto>) => {
    setError(null);
    try {
      onChanged(await work());
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  const channelOf = (teamId: string) => settings.channels.find((channel) => channel.teamId === teamId);

  return (
    <Card aria-labelledby="slack-channels-title">
      <CardHeader id="slack-channels-title" title="Channels" description="Where escalations go: the team's channel, else the default one. In an alerts-only channel, thread replies do not reach the visitor." />
      <CardBody className="space-y-5">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <ChannelRow
          label="Default channel"
          channelId={installation.defaultChannelId ?? ""}
          alertsOnly={installation.defaultAlertsOnly}
          onSave={(channelId, alertsOnly) => run(() => api.patch("/api/slack", { defaultChannelId: channelId || null, ...(channelId ? { defaultAlertsOnly: alertsOnly } : {}) }))}
        />
        {settings.teams.map((team) => {
          const channel = channelOf(team.id);
          return (
            <ChannelRow
              key={team.id}
              label={team.name}
              channelId={channel?.channelId ?? ""}
              alertsOnly={channel?.alertsOnly ?? false}
              onSave={(channelId, alertsOnly) =>
                run(() => (channelId ? api.post("/api/slack/channels", { channelId, teamId: team.id, alertsOnly }) : channel ? api.delete(`/api/slack/channels/${encodeURIComponent(channel.id)}`) : Promise.resolve(settings)))
              }
            />
          );
        })}
        {settings.teams.length === 0 ? <p className="text-sm text-zinc-500">Create teams (Dashboard &gt; Teams) to give each its own channel.</p> : null}
        <label className="flex items-start gap-2 text-sm text-zinc-700">
          <input type="checkbox" className="mt-0.5" checked={installation.confirmTakeover} onChange={(event) => void run(() => api.patch("/api/slack", { confirmTakeover: event.target.checked }))} />
          <span>Ask &quot;take over?&quot; before a thread reply claims an unclaimed conversation (otherwise the first reply claims it).</span>
        </label>
      </CardBody>
    </Card>
  );
}

function ChannelRow({ label, channelId, alertsOnly, onSave }: { label: string; channelId: string; alertsOnly: boolean; onSave: (channelId: string, alertsOnly: boolean) => Promise<void> }) {
  const [value, setValue] = useState(channelId);
  const [alerts, setAlerts] = useState(alertsOnly);
  const [busy, setBusy] = useState(false);
  const dirty = value.trim() !== channelId || alerts !== alertsOnly;
  const id = `slack-channel-${label.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="min-w-48 flex-1 space-y-1.5">
        <Label htmlFor={id}>{label}</Label>
        <Input id={id} value={value} placeholder="C0123ABCD" onChange={(event) => setValue(event.target.value)} />
      </div>
      <label className="flex h-10 items-center gap-2 text-sm text-zinc-700">
        <input type="checkbox" checked={alerts} onChange={(event) => setAlerts(event.target.checked)} />
        Alerts only
      </label>
      <Button
        variant="secondary"
        disabled={!dirty}
        loading={busy}
        onClick={async () => {
          setBusy(true);
          await onSave(value.trim(), alerts);
          setBusy(false);
        }}
      >
        Save
      </Button>
    </div>
  );
}

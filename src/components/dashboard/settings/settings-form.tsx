"use client";
import { useId, useMemo, useState, type FormEvent, type ReactNode } from "react";
import type { Workspace } from "@/components/api-types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Label, SelectField, TextField } from "@/components/ui/field";
import { api, errorMessage } from "@/lib/api-client";
import { DraftApprovalFields } from "./draft-approval-fields";
import { changedFields, LANGUAGES, timeZones, toValues, type SettingsValues } from "./settings-fields";

function Section({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  const id = useId();
  return (
    <Card aria-labelledby={id}>
      <CardHeader id={id} title={title} description={description} />
      <CardBody className="grid gap-5 sm:grid-cols-2">{children}</CardBody>
    </Card>
  );
}

export interface SettingsFormProps {
  workspace: Workspace;
  readOnly: boolean;
  onSaved: (workspace: Workspace) => void;
}

export function SettingsForm({ workspace, readOnly, onSaved }: SettingsFormProps) {
  const saved = useMemo(() => toValues(workspace), [workspace]);
  const [values, setValues] = useState<SettingsValues>(saved);
  const [status, setStatus] = useState<{ tone: "success" | "error" | "info"; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const zones = useMemo(() => timeZones(saved.timezone), [saved.timezone]);
  const thresholdId = useId();
  const leadId = useId();
  const changes = changedFields(saved, values);
  const dirty = Object.keys(changes).length > 0;

  const set = <K extends keyof SettingsValues>(key: K, value: SettingsValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setStatus(null);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!dirty) return setStatus({ tone: "info", message: "Nothing to save: no setting has changed." });
    setBusy(true);
    setStatus(null);
    try {
      const updated = await api.patch<Omit<Workspace, "role">>("/api/workspace", changes);
      const next = { ...workspace, ...updated };
      setValues(toValues(next));
      onSaved(next);
      setStatus({ tone: "success", message: "Settings saved." });
    } catch (caught) {
      setStatus({ tone: "error", message: errorMessage(caught) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="space-y-6" aria-label="Workspace settings">
      <fieldset disabled={readOnly} className="space-y-6">
        <Section title="General" description="How this workspace is named and where it works from.">
          <TextField label="Workspace name" value={values.name} onChange={(e) => set("name", e.target.value)} required maxLength={100} />
          <SelectField label="Time zone" value={values.timezone} onChange={(e) => set("timezone", e.target.value)} hint="Used for business hours and reports.">
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Default language"
            value={values.defaultLanguage}
            onChange={(e) => set("defaultLanguage", e.target.value)}
            hint="The bot answers in the visitor's language when it can tell, otherwise in this one."
          >
            {LANGUAGES.some(([code]) => code === values.defaultLanguage) ? null : <option value={values.defaultLanguage}>{values.defaultLanguage}</option>}
            {LANGUAGES.map(([code, name]) => (
              <option key={code} value={code}>
                {name} ({code})
              </option>
            ))}
          </SelectField>
        </Section>

        <Section title="Bot" description="What visitors see, and when the bot stops guessing.">
          <TextField label="Bot name" value={values.botName} onChange={(e) => set("botName", e.target.value)} required maxLength={100} hint="Shown in the chat widget." />
          <div className="space-y-1.5">
            <div className="flex items-baseline justify-between">
              <Label htmlFor={thresholdId}>Confidence threshold</Label>
              <output htmlFor={thresholdId} className="text-sm font-medium tabular-nums text-zinc-900">
                {Math.round(values.confidenceThreshold * 100)}%
              </output>
            </div>
            <input
              id={thresholdId}
              type="range"
              min={0}
              max={1}
              step={0.05}
              value={values.confidenceThreshold}
              onChange={(e) => set("confidenceThreshold", Number(e.target.value))}
              aria-describedby={`${thresholdId}-hint`}
              className="h-10 w-full accent-brand-600"
            />
            <p id={`${thresholdId}-hint`} className="text-sm text-zinc-500">
              Below this confidence the bot does not guess: it offers a human instead.
            </p>
          </div>
        </Section>

        <Section title="Handoff" description="How long conversations wait for a human, and what happens after hours.">
          <TextField
            label="Widen after (seconds)"
            type="number"
            inputMode="numeric"
            min={10}
            max={86400}
            step={1}
            value={values.escalationWidenAfterSecs}
            onChange={(e) => set("escalationWidenAfterSecs", e.target.value)}
            required
            hint="An escalation nobody in its team claims is offered to every online agent after this long."
          />
          <TextField
            label="Escalation timeout (minutes)"
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            step={1}
            value={values.escalationTimeoutMins}
            onChange={(e) => set("escalationTimeoutMins", e.target.value)}
            required
            hint="Still unclaimed after this long, the visitor is told honestly and offered to leave their details (1 to 1440)."
          />
          <TextField
            label="Missed-chat timeout (seconds)"
            type="number"
            inputMode="numeric"
            min={10}
            max={3600}
            step={1}
            value={values.missedChatTimeoutSecs}
            onChange={(e) => set("missedChatTimeoutSecs", e.target.value)}
            required
            hint="When agents answer first, the bot steps in if nobody replies within this time (10 to 3600)."
          />
          <div className="flex items-start gap-3 sm:col-span-2">
            <input
              id={leadId}
              type="checkbox"
              checked={values.leadCaptureAfterHours}
              onChange={(e) => set("leadCaptureAfterHours", e.target.checked)}
              aria-describedby={`${leadId}-hint`}
              className="mt-0.5 size-4 rounded border-zinc-300 accent-brand-600"
            />
            <div>
              <Label htmlFor={leadId}>Capture leads after hours</Label>
              <p id={`${leadId}-hint`} className="text-sm text-zinc-500">
                Outside business hours the bot collects the visitor&apos;s name, email and question so your team can follow up.
              </p>
            </div>
          </div>
        </Section>

        <Section title="Draft approval" description="When an agent checks the bot's answer before the visitor sees it.">
          <DraftApprovalFields values={values} set={set} />
        </Section>
      </fieldset>

      {readOnly ? null : (
        <div className="sticky bottom-4 z-10 flex flex-wrap items-center justify-end gap-3 rounded-xl bg-white/95 p-3 shadow-lg ring-1 ring-zinc-200 backdrop-blur">
          {status ? (
            <Alert tone={status.tone} className="mr-auto py-2">
              {status.message}
            </Alert>
          ) : (
            <p className="mr-auto pl-2 text-sm text-zinc-500">{dirty ? "You have unsaved changes." : "All changes saved."}</p>
          )}
          <Button variant="secondary" disabled={!dirty || busy} onClick={() => setValues(saved)}>
            Discard
          </Button>
          <Button type="submit" loading={busy}>
            Save changes
          </Button>
        </div>
      )}
    </form>
  );
}

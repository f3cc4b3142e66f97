"use client";
import { useId, useMemo, useState, type FormEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { api, ApiError, errorMessage } from "@/lib/api-client";
import type { Inbox } from "../api-types";
import { TextAreaField } from "../knowledge/text-area-field";
import { AppearanceFields } from "./appearance-fields";
import { BotModeChoice } from "./bot-mode-choice";
import { changedFields, fieldErrors, toValues, validate, type WidgetErrors, type WidgetValues } from "./widget-fields";
import { WidgetPreview } from "./widget-preview";

function Section({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <Card aria-labelledby={id}>
      <CardHeader id={id} title={title} description={description} />
      <CardBody>{children}</CardBody>
    </Card>
  );
}

export interface WidgetSettingsFormProps {
  inbox: Inbox;
  botName: string;
  onSaved: (inbox: Inbox) => void;
}

export function WidgetSettingsForm({ inbox, botName, onSaved }: WidgetSettingsFormProps) {
  const saved = useMemo(() => toValues(inbox), [inbox]);
  const [values, setValues] = useState<WidgetValues>(saved);
  const [errors, setErrors] = useState<WidgetErrors>({});
  const [status, setStatus] = useState<{ tone: "success" | "error" | "info"; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const changes = changedFields(inbox, values);
  const dirty = Object.keys(changes).length > 0;

  const set = <K extends keyof WidgetValues>(key: K, value: WidgetValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
    setStatus(null);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!dirty) return setStatus({ tone: "info", message: "Nothing to save: no setting has changed." });
    const invalid = validate(values);
    setErrors(invalid);
    if (Object.keys(invalid).length > 0) return setStatus({ tone: "error", message: "Fix the highlighted fields, then save again." });
    setBusy(true);
    setStatus(null);
    try {
      const updated = await api.patch<Inbox>(`/api/inboxes/${encodeURIComponent(inbox.id)}`, changes);
      setValues(toValues(updated));
      onSaved(updated);
      setStatus({ tone: "success", message: "Widget settings saved. Websites pick them up on their next page load." });
    } catch (caught) {
      setErrors(caught instanceof ApiError ? fieldErrors(caught.details, changes) : {});
      setStatus({ tone: "error", message: errorMessage(caught) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="space-y-6" aria-label="Widget settings" noValidate>
      <Section title="Appearance" description="Make the chat look like part of your website.">
        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <AppearanceFields values={values} errors={errors} set={set} />
          <div className="lg:sticky lg:top-6 lg:self-start">
            <WidgetPreview values={values} botName={botName} />
          </div>
        </div>
      </Section>

      <Section title="Who answers" description="How the bot and your team share conversations from this widget.">
        <BotModeChoice value={values.botMode} onChange={(mode) => set("botMode", mode)} />
      </Section>

      <Section title="Allowed websites" description="Where the widget may be embedded.">
        <TextAreaField
          label="Allowed origins"
          value={values.allowedOrigins}
          onChange={(e) => set("allowedOrigins", e.target.value)}
          rows={4}
          mono
          spellCheck={false}
          placeholder={"https://www.example.com\nhttps://*.example.com"}
          error={errors.allowedOrigins}
          hint={
            <>
              One origin a line: scheme and host, no path (<code className="font-mono text-xs">https://shop.example.com</code>).{" "}
              <code className="font-mono text-xs">https://*.example.com</code> allows every subdomain. Leave empty to allow any website.
            </>
          }
        />
      </Section>

      <div className="sticky bottom-4 z-10 flex flex-wrap items-center justify-end gap-3 rounded-xl bg-white/95 p-3 shadow-lg ring-1 ring-zinc-200 backdrop-blur">
        {status ? (
          <Alert tone={status.tone} className="mr-auto py-2">
            {status.message}
          </Alert>
        ) : (
          <p className="mr-auto pl-2 text-sm text-zinc-500">{dirty ? "You have unsaved changes." : "All changes saved."}</p>
        )}
        <Button
          variant="secondary"
          disabled={!dirty || busy}
          onClick={() => {
            setValues(saved);
            setErrors({});
            setStatus(null);
          }}
        >
          Discard
        </Button>
        <Button type="submit" loading={busy}>
          Save changes
        </Button>
      </div>
    </form>
  );
}

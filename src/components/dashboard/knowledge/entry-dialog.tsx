"use client";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Label, SelectField, TextField } from "@/components/ui/field";
import { api, ApiError, errorMessage } from "@/lib/api-client";
import type { KnowledgeEntry } from "../api-types";
import { LANGUAGES } from "../settings/settings-fields";
import { changedFields, EMPTY_ENTRY, fieldErrors, toInput, toValues, type EntryValues } from "./knowledge-fields";
import { TextAreaField } from "./text-area-field";

export interface EntryDialogProps {
  /** "new" opens an empty form; an entry opens it for editing (or reading, when readOnly). */
  target: KnowledgeEntry | "new" | null;
  readOnly: boolean;
  onClose: () => void;
  onSaved: (entry: KnowledgeEntry, created: boolean) => void;
}

export function EntryDialog({ target, readOnly, onClose, onSaved }: EntryDialogProps) {
  const entry = target === "new" ? null : target;
  const title = readOnly ? (entry?.title ?? "Entry") : entry ? "Edit entry" : "New entry";
  return (
    <Dialog
      open={target !== null}
      onClose={onClose}
      title={title}
      description={readOnly ? "Owners and admins can change this entry." : "A question, other ways people ask it, and the answer the bot gives."}
    >
      <EntryForm key={entry?.id ?? "new"} entry={entry} readOnly={readOnly} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function EntryForm({ entry, readOnly, onClose, onSaved }: { entry: KnowledgeEntry | null; readOnly: boolean; onClose: () => void; onSaved: EntryDialogProps["onSaved"] }) {
  const [values, setValues] = useState<EntryValues>(entry ? toValues(entry) : EMPTY_ENTRY);
  const [errors, setErrors] = useState<Partial<Record<keyof EntryValues, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const enabledId = useId();
  const knownLanguage = values.language === "" || LANGUAGES.some(([code]) => code === values.language);

  const set = <K extends keyof EntryValues>(key: K, value: EntryValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = toInput(values);
    setBusy(true);
    setError(null);
    setErrors({});
    try {
      if (entry) {
        const changes = changedFields(entry, input);
        const saved = Object.keys(changes).length > 0 ? await api.patch<KnowledgeEntry>(`/api/knowledge/${encodeURIComponent(entry.id)}`, changes) : entry;
        onSaved(saved, false);
      } else {
        onSaved(await api.post<KnowledgeEntry>("/api/knowledge", input), true);
      }
    } catch (caught) {
      setBusy(false);
      const byField = caught instanceof ApiError ? fieldErrors(caught.details) : {};
      setErrors(byField);
      // A message the fields already show is not repeated above them.
      if (Object.keys(byField).length === 0) setError(errorMessage(caught));
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="space-y-4" aria-label={entry ? "Edit entry" : "New entry"}>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <fieldset disabled={readOnly || busy} className="space-y-4">
        <TextField
          label="Title"
          value={values.title}
          onChange={(e) => set("title", e.target.value)}
          required
          maxLength={300}
          placeholder="e.g. Shipping times"
          hint="The main question, in a few words."
          error={errors.title}
        />
        <TextAreaField
          label="Other ways people ask"
          value={values.exampleQuestions}
          onChange={(e) => set("exampleQuestions", e.target.value)}
          rows={4}
          placeholder={"How long does delivery take?\nWhen will my order arrive?"}
          hint="One phrasing a line. The more real questions you add, the better the bot recognises them."
          error={errors.exampleQuestions}
        />
        <TextAreaField
          label="Answer"
          value={values.answer}
          onChange={(e) => set("answer", e.target.value)}
          required
          maxLength={5000}
          rows={5}
          placeholder="Orders ship within 1 business day…"
          hint="What the bot replies, word for word."
          error={errors.answer}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Tags"
            value={values.tags}
            onChange={(e) => set("tags", e.target.value)}
            placeholder="shipping, orders"
            hint="Separated by commas."
            error={errors.tags}
          />
          <SelectField label="Language" value={values.language} onChange={(e) => set("language", e.target.value)} hint="Leave on any to use it for every visitor." error={errors.language}>
            <option value="">Any language</option>
            {knownLanguage ? null : <option value={values.language}>{values.language}</option>}
            {LANGUAGES.map(([code, name]) => (
              <option key={code} value={code}>
                {name} ({code})
              </option>
            ))}
          </SelectField>
        </div>
        <div className="flex items-start gap-3">
          <input
            id={enabledId}
            type="checkbox"
            checked={values.enabled}
            onChange={(e) => set("enabled", e.target.checked)}
            aria-describedby={`${enabledId}-hint`}
            className="mt-0.5 size-4 rounded border-zinc-300 accent-brand-600"
          />
          <div>
            <Label htmlFor={enabledId}>Enabled</Label>
            <p id={`${enabledId}-hint`} className="text-sm text-zinc-500">
              When off, the bot ignores this entry but it stays in your knowledge base.
            </p>
          </div>
        </div>
      </fieldset>
      <div className="flex justify-end gap-3 pt-1">
        <Button variant="secondary" onClick={onClose} disabled={busy}>
          {readOnly ? "Close" : "Cancel"}
        </Button>
        {readOnly ? null : (
          <Button type="submit" loading={busy}>
            {entry ? "Save entry" : "Add entry"}
          </Button>
        )}
      </div>
    </form>
  );
}

"use client";
import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { api, ApiError, errorMessage } from "@/lib/api-client";
import { TextAreaField } from "../knowledge/text-area-field";
import { fieldErrors } from "../teams/team-fields";
import { changedFields, EMPTY_RESPONSE, insertAt, preview, toInput, VARIABLES } from "./canned-fields";
import type { CannedResponse, CannedResponseInput } from "./types";

const FIELDS = ["shortcut", "title", "body"] as const;

export interface ResponseDialogProps {
  target: CannedResponse | "new" | null;
  onClose: () => void;
  onSaved: (response: CannedResponse, created: boolean) => void;
}

export function ResponseDialog({ target, onClose, onSaved }: ResponseDialogProps) {
  const saved = target === "new" ? null : target;
  return (
    <Dialog open={target !== null} onClose={onClose} title={saved ? "Edit canned response" : "New canned response"} description="A reply agents insert by typing / and its shortcut in the inbox.">
      <ResponseForm key={saved?.id ?? "new"} saved={saved} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function ResponseForm({ saved, onClose, onSaved }: { saved: CannedResponse | null; onClose: () => void; onSaved: ResponseDialogProps["onSaved"] }) {
  const [values, setValues] = useState<CannedResponseInput>(saved ?? EMPTY_RESPONSE);
  const [errors, setErrors] = useState<Partial<Record<keyof CannedResponseInput, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  const set = (key: keyof CannedResponseInput, value: string) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const insertVariable = (name: string) => {
    const area = bodyRef.current;
    const { text, cursor } = insertAt(values.body, area ? area.selectionStart : null, name);
    set("body", text);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(cursor, cursor);
    });
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = toInput(values);
    setBusy(true);
    setError(null);
    setErrors({});
    try {
      if (saved) {
        const changes = changedFields(saved, input);
        onSaved(Object.keys(changes).length > 0 ? await api.patch<CannedResponse>(`/api/canned-responses/${encodeURIComponent(saved.id)}`, changes) : saved, false);
      } else {
        onSaved(await api.post<CannedResponse>("/api/canned-responses", input), true);
      }
    } catch (caught) {
      setBusy(false);
      const byField = caught instanceof ApiError ? fieldErrors(caught.details, FIELDS) : {};
      // A taken shortcut is a 409 without details: show it under the shortcut.
      if (caught instanceof ApiError && caught.status === 409) byField.shortcut = caught.message;
      setErrors(byField);
      if (Object.keys(byField).length === 0) setError(errorMessage(caught));
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="space-y-4" aria-label={saved ? "Edit canned response" : "New canned response"}>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <fieldset disabled={busy} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
          <TextField label="Shortcut" value={values.shortcut} onChange={(e) => set("shortcut", e.target.value)} required maxLength={33} placeholder="/refund" hint="Letters, digits, - and _." error={errors.shortcut} />
          <TextField label="Title" value={values.title} onChange={(e) => set("title", e.target.value)} required maxLength={100} placeholder="Refund started" error={errors.title} />
        </div>
        <TextAreaField
          ref={bodyRef}
          label="Message"
          value={values.body}
          onChange={(e) => set("body", e.target.value)}
          required
          maxLength={5000}
          rows={5}
          placeholder="Hi {{contact.name}}, …"
          error={errors.body}
        />
        <div className="space-y-1.5">
          <p className="text-sm text-zinc-500">Insert a variable; the inbox fills it in before sending:</p>
          <div className="flex flex-wrap gap-1.5">
            {VARIABLES.map((variable) => (
              <Button key={variable.name} variant="secondary" size="sm" onClick={() => insertVariable(variable.name)} title={variable.description}>
                <code className="text-xs">{`{{${variable.name}}}`}</code>
              </Button>
            ))}
          </div>
        </div>
        {values.body.trim() ? (
          <div className="rounded-lg bg-zinc-50 p-3 ring-1 ring-zinc-200 ring-inset">
            <p className="mb-1 text-xs font-medium tracking-wide text-zinc-500 uppercase">Preview</p>
            <p className="text-sm whitespace-pre-line text-zinc-800">{preview(values.body)}</p>
          </div>
        ) : null}
      </fieldset>
      <div className="flex justify-end gap-3 pt-1">
        <Button variant="secondary" onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" loading={busy}>
          {saved ? "Save response" : "Add response"}
        </Button>
      </div>
    </form>
  );
}

"use client";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { api, ApiError, errorMessage } from "@/lib/api-client";
import { TextAreaField } from "../knowledge/text-area-field";
import { ASSIGNMENT_TEXT, changedFields, EMPTY_TEAM, fieldErrors, toInput, toValues, type TeamErrors, type TeamValues } from "./team-fields";
import { ASSIGNMENT_MODES, type Team } from "./types";

const FIELDS = ["name", "description", "assignmentMode", "languages"] as const;

export interface TeamDialogProps {
  target: Team | "new" | null;
  onClose: () => void;
  onSaved: (team: Team, created: boolean) => void;
}

export function TeamDialog({ target, onClose, onSaved }: TeamDialogProps) {
  const team = target === "new" ? null : target;
  return (
    <Dialog open={target !== null} onClose={onClose} title={team ? "Edit team" : "New team"} description="A group of agents that escalations can be routed to.">
      <TeamForm key={team?.id ?? "new"} team={team} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function TeamForm({ team, onClose, onSaved }: { team: Team | null; onClose: () => void; onSaved: TeamDialogProps["onSaved"] }) {
  const [values, setValues] = useState<TeamValues>(team ? toValues(team) : EMPTY_TEAM);
  const [errors, setErrors] = useState<TeamErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof TeamValues>(key: K, value: TeamValues[K]) => {
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
      if (team) {
        const changes = changedFields(team, input);
        onSaved(Object.keys(changes).length > 0 ? await api.patch<Team>(`/api/teams/${encodeURIComponent(team.id)}`, changes) : team, false);
      } else {
        onSaved(await api.post<Team>("/api/teams", input), true);
      }
    } catch (caught) {
      setBusy(false);
      const byField = caught instanceof ApiError ? fieldErrors(caught.details, FIELDS) : {};
      // A duplicate name is a 409 without details: show it under the name.
      if (caught instanceof ApiError && caught.status === 409) byField.name = caught.message;
      setErrors(byField);
      if (Object.keys(byField).length === 0) setError(errorMessage(caught));
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="space-y-4" aria-label={team ? "Edit team" : "New team"}>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <fieldset disabled={busy} className="space-y-4">
        <TextField label="Name" value={values.name} onChange={(e) => set("name", e.target.value)} required maxLength={60} placeholder="e.g. Billing" error={errors.name} />
        <TextAreaField
          label="Description"
          value={values.description}
          onChange={(e) => set("description", e.target.value)}
          rows={2}
          maxLength={300}
          placeholder="Refunds, chargebacks, payments"
          hint="What this team handles, so others know when to transfer to it."
          error={errors.description}
        />
        <fieldset>
          <legend className="mb-1.5 text-sm font-medium text-zinc-800">Assignment</legend>
          <div className="space-y-2">
            {ASSIGNMENT_MODES.map((mode) => (
              <label
                key={mode}
                className={cx(
                  "flex cursor-pointer gap-3 rounded-lg p-3 ring-1 ring-inset has-focus-visible:ring-2 has-focus-visible:ring-brand-500",
                  values.assignmentMode === mode ? "bg-brand-50/60 ring-brand-500" : "ring-zinc-300 hover:bg-zinc-50",
                )}
              >
                <input type="radio" name="assignmentMode" value={mode} checked={values.assignmentMode === mode} onChange={() => set("assignmentMode", mode)} className="mt-0.5 accent-brand-600" />
                <span>
                  <span className="block text-sm font-medium text-zinc-900">{ASSIGNMENT_TEXT[mode].label}</span>
                  <span className="block text-sm text-zinc-500">{ASSIGNMENT_TEXT[mode].description}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <TextField
          label="Languages"
          value={values.languages}
          onChange={(e) => set("languages", e.target.value)}
          placeholder="en, es, pt-BR"
          hint="Language codes separated by commas. Leave empty if the team answers in any language."
          error={errors.languages}
        />
      </fieldset>
      <div className="flex justify-end gap-3 pt-1">
        <Button variant="secondary" onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" loading={busy}>
          {team ? "Save team" : "Add team"}
        </Button>
      </div>
    </form>
  );
}

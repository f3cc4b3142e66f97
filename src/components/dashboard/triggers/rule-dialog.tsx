"use client";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Label, SelectField, TextField } from "@/components/ui/field";
import { api, ApiError, errorMessage } from "@/lib/api-client";
import { ACTION_TYPES, PRIORITIES, REASON_CODES, type TriggerRule, type TriggerRuleDraft } from "../api-types";
import { TextAreaField } from "../knowledge/text-area-field";
import { BacktestPanel } from "./backtest-panel";
import { ACTION_FIELDS, ACTION_LABELS, CONDITION_EXAMPLES, emptyRule, fieldOfIssue, formatConditions, REASON_LABELS, toDraft, toValues, type RuleErrors, type RuleValues } from "./rule-fields";

export interface RuleDialogProps {
  /** "new" opens an empty form; a rule opens it for editing (or reading, when readOnly). */
  target: TriggerRule | "new" | null;
  readOnly: boolean;
  /** Where a new rule goes: after the existing ones. */
  nextPosition: number;
  onClose: () => void;
  onSaved: (rule: TriggerRule, created: boolean) => void;
}

export function RuleDialog({ target, readOnly, nextPosition, onClose, onSaved }: RuleDialogProps) {
  const rule = target === "new" ? null : target;
  const title = readOnly ? (rule?.name ?? "Rule") : rule ? "Edit rule" : "New rule";
  return (
    <Dialog open={target !== null} onClose={onClose} title={title} description={readOnly ? "Owners and admins can change this rule." : "When to bring a person into a conversation, and how."}>
      <RuleForm key={rule?.id ?? "new"} rule={rule} readOnly={readOnly} nextPosition={nextPosition} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

interface RuleFormProps extends Omit<RuleDialogProps, "target"> {
  rule: TriggerRule | null;
}

function RuleForm({ rule, readOnly, nextPosition, onClose, onSaved }: RuleFormProps) {
  const [values, setValues] = useState<RuleValues>(rule ? toValues(rule) : emptyRule(nextPosition));
  const [errors, setErrors] = useState<RuleErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const enabledId = useId();
  const fields = ACTION_FIELDS[values.actionType];

  const set = <K extends keyof RuleValues>(key: K, value: RuleValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  /** Checks the form; shows what is wrong and returns null, or the draft. */
  const validDraft = (): TriggerRuleDraft | null => {
    const result = toDraft(values);
    setErrors(result.errors ?? {});
    return result.draft ?? null;
  };

  /** A 422 names a field: show its message there when the form has that field. */
  const showError = (caught: unknown) => {
    const field = caught instanceof ApiError && caught.status === 422 ? fieldOfIssue(caught.details) : null;
    if (field) setErrors({ [field]: errorMessage(caught) });
    else setError(errorMessage(caught));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const draft = validDraft();
    if (!draft) return;
    setBusy(true);
    try {
      if (rule) onSaved(await api.patch<TriggerRule>(`/api/triggers/rules/${encodeURIComponent(rule.id)}`, draft), false);
      else onSaved(await api.post<TriggerRule>("/api/triggers/rules", draft), true);
    } catch (caught) {
      setBusy(false);
      showError(caught);
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="space-y-4" aria-label={rule ? "Edit rule" : "New rule"} noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <fieldset disabled={readOnly || busy} className="space-y-4">
        <TextField label="Name" value={values.name} onChange={(e) => set("name", e.target.value)} required maxLength={100} placeholder="e.g. Refund requests" error={errors.name} />
        <div className="grid gap-4 sm:grid-cols-[1fr_6rem]">
          <SelectField label="Reason" value={values.reason} onChange={(e) => set("reason", e.target.value as RuleValues["reason"])} error={errors.reason}>
            {REASON_CODES.map((code) => (
              <option key={code} value={code}>
                {REASON_LABELS[code]}
              </option>
            ))}
          </SelectField>
          <TextField label="Position" type="number" min={0} step={1} value={values.position} onChange={(e) => set("position", e.target.value)} error={errors.position} hint="Lower runs first." />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label="Action" value={values.actionType} onChange={(e) => set("actionType", e.target.value as RuleValues["actionType"])} error={errors.actionType}>
            {ACTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {ACTION_LABELS[type]}
              </option>
            ))}
          </SelectField>
          {fields.priority ? (
            <SelectField label="Priority" value={values.priority} onChange={(e) => set("priority", e.target.value as RuleValues["priority"])} error={errors.priority}>
              {fields.priority === "optional" ? <option value="">Unchanged</option> : <option value="">Choose…</option>}
              {PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>
                  {priority[0]!.toUpperCase() + priority.slice(1)}
                </option>
              ))}
            </SelectField>
          ) : null}
        </div>
        {fields.team ? (
          <TextField
            label={fields.team === "required" ? "Team" : "Team (optional)"}
            value={values.team}
            onChange={(e) => set("team", e.target.value)}
            maxLength={100}
            placeholder="Sales"
            hint="By name; a workspace without that team hands off to the default queue."
            error={errors.team}
          />
        ) : null}
        {fields.tags ? <TextField label="Tags" value={values.tags} onChange={(e) => set("tags", e.target.value)} placeholder="refund, billing" hint="Separated by commas." error={errors.tags} /> : null}
        {fields.message ? (
          <TextField label="Message (optional)" value={values.message} onChange={(e) => set("message", e.target.value)} maxLength={500} placeholder="Would you like to talk to someone from our team?" error={errors.message} />
        ) : null}
        <div className="space-y-2">
          <TextAreaField
            label="Conditions (JSON)"
            mono
            rows={8}
            spellCheck={false}
            value={values.conditions}
            onChange={(e) => set("conditions", e.target.value)}
            hint="Detectors (explicitRequest, sensitiveTopic, …), keywords, contact and page conditions; match “all” or “any”."
            error={errors.conditions}
          />
          <div className="flex flex-wrap items-center gap-1.5">
            <span className="text-xs text-zinc-500">Examples:</span>
            {CONDITION_EXAMPLES.map((example) => (
              <Button key={example.label} variant="secondary" size="sm" onClick={() => set("conditions", formatConditions(example.conditions))}>
                {example.label}
              </Button>
            ))}
          </div>
        </div>
        <div className="flex items-start gap-3">
          <input id={enabledId} type="checkbox" checked={values.enabled} onChange={(e) => set("enabled", e.target.checked)} aria-describedby={`${enabledId}-hint`} className="mt-0.5 size-4 rounded border-zinc-300 accent-brand-600" />
          <div>
            <Label htmlFor={enabledId}>Enabled</Label>
            <p id={`${enabledId}-hint`} className="text-sm text-zinc-500">
              When off, the rule is kept but never fires.
            </p>
          </div>
        </div>
      </fieldset>
      {readOnly ? null : <BacktestPanel getDraft={validDraft} onInvalid={showError} disabled={busy} />}
      <div className="flex justify-end gap-3 pt-1">
        <Button variant="secondary" onClick={onClose} disabled={busy}>
          {readOnly ? "Close" : "Cancel"}
        </Button>
        {readOnly ? null : (
          <Button type="submit" loading={busy}>
            {rule ? "Save rule" : "Add rule"}
          </Button>
        )}
      </div>
    </form>
  );
}

"use client";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Label, SelectField, TextField } from "@/components/ui/field";
import { api, ApiError, errorMessage } from "@/lib/api-client";
import { REASON_CODES } from "../api-types";
import { fieldErrors } from "../teams/team-fields";
import { REASON_LABELS } from "../triggers/rule-fields";
import { changedFields, emptyRule, RULE_FIELDS, toInput, toValues, type RoutingRuleErrors, type RoutingRuleValues } from "./rule-fields";
import type { RoutingRule } from "./types";

export interface RuleDialogProps {
  target: RoutingRule | "new" | null;
  teams: Array<{ id: string; name: string }>;
  onClose: () => void;
  onSaved: (rule: RoutingRule, created: boolean) => void;
}

export function RuleDialog({ target, teams, onClose, onSaved }: RuleDialogProps) {
  const rule = target === "new" ? null : target;
  return (
    <Dialog open={target !== null} onClose={onClose} title={rule ? "Edit routing rule" : "New routing rule"} description="Every condition you fill in must hold; leave one empty to accept anything.">
      <RuleForm key={rule?.id ?? "new"} rule={rule} teams={teams} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function RuleForm({ rule, teams, onClose, onSaved }: Omit<RuleDialogProps, "target"> & { rule: RoutingRule | null }) {
  const [values, setValues] = useState<RoutingRuleValues>(rule ? toValues(rule) : emptyRule(teams[0]?.id));
  const [errors, setErrors] = useState<RoutingRuleErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const enabledId = useId();

  const set = <K extends keyof RoutingRuleValues>(key: K, value: RoutingRuleValues[K]) => {
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
      if (rule) {
        const changes = changedFields(rule, input);
        onSaved(Object.keys(changes).length > 0 ? await api.patch<RoutingRule>(`/api/routing-rules/${encodeURIComponent(rule.id)}`, changes) : rule, false);
      } else {
        onSaved(await api.post<RoutingRule>("/api/routing-rules", input), true);
      }
    } catch (caught) {
      setBusy(false);
      const byField = caught instanceof ApiError ? fieldErrors(caught.details, RULE_FIELDS) : {};
      setErrors(byField);
      if (Object.keys(byField).length === 0) setError(errorMessage(caught));
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="space-y-4" aria-label={rule ? "Edit routing rule" : "New routing rule"}>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <fieldset disabled={busy} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Name" value={values.name} onChange={(e) => set("name", e.target.value)} required maxLength={100} placeholder="e.g. Refunds to Billing" error={errors.name} />
          <SelectField label="Send to team" value={values.teamId} onChange={(e) => set("teamId", e.target.value)} required error={errors.teamId}>
            <option value="" disabled>
              Choose a team…
            </option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </SelectField>
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-zinc-800">Escalated because</legend>
          <p className="mb-2 text-sm text-zinc-500">The handoff rule that fired. None ticked: any reason.</p>
          <div className="grid gap-x-4 gap-y-1.5 sm:grid-cols-2">
            {REASON_CODES.map((code) => (
              <label key={code} className="flex items-center gap-2 text-sm text-zinc-700">
                <input
                  type="checkbox"
                  checked={values.reasons.includes(code)}
                  onChange={(e) => set("reasons", e.target.checked ? [...values.reasons, code] : values.reasons.filter((item) => item !== code))}
                  className="size-4 rounded border-zinc-300 accent-brand-600"
                />
                {REASON_LABELS[code]}
              </label>
            ))}
          </div>
          {errors.reasons ? <p className="mt-1 text-sm text-red-600">{errors.reasons}</p> : null}
        </fieldset>
        <TextField
          label="Keywords"
          value={values.keywords}
          onChange={(e) => set("keywords", e.target.value)}
          placeholder="refund, chargeback, invoice"
          hint="Separated by commas. Matches when the visitor's messages mention any of them (any case, accents ignored)."
          error={errors.keywords}
        />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField label="Intents" value={values.intents} onChange={(e) => set("intents", e.target.value)} placeholder="pricing, demo" hint="From the handoff brief." error={errors.intents} />
          <TextField label="Languages" value={values.languages} onChange={(e) => set("languages", e.target.value)} placeholder="es, pt-BR" hint="Language codes." error={errors.languages} />
          <TextField label="Customer tiers" value={values.tiers} onChange={(e) => set("tiers", e.target.value)} placeholder="vip, enterprise" hint="Verified contacts' plan." error={errors.tiers} />
        </div>
        <div className="flex items-start gap-3">
          <input id={enabledId} type="checkbox" checked={values.enabled} onChange={(e) => set("enabled", e.target.checked)} className="mt-0.5 size-4 rounded border-zinc-300 accent-brand-600" />
          <div>
            <Label htmlFor={enabledId}>Enabled</Label>
            <p className="text-sm text-zinc-500">When off, routing skips this rule but keeps its place in the order.</p>
          </div>
        </div>
      </fieldset>
      <div className="flex justify-end gap-3 pt-1">
        <Button variant="secondary" onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" loading={busy}>
          {rule ? "Save rule" : "Add rule"}
        </Button>
      </div>
    </form>
  );
}

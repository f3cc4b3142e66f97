"use client";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { api, errorMessage } from "@/lib/api-client";
import { EMPTY_ACCOUNT, toAccountBody, toFormValues } from "./account-fields";
import type { AccountFormValues, WhatsAppAccount } from "./types";

/** Connects a number (no `account`) or edits one; secrets are write-only. */
export function AccountForm({ account, onSaved, onCancel }: { account?: WhatsAppAccount; onSaved: (account: WhatsAppAccount) => void; onCancel?: () => void }) {
  const editing = Boolean(account);
  const [values, setValues] = useState<AccountFormValues>(() => (account ? toFormValues(account) : EMPTY_ACCOUNT));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = (name: keyof AccountFormValues) => ({ value: values[name], onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = toAccountBody(values, editing);
      onSaved(account ? await api.patch<WhatsAppAccount>(`/api/whatsapp/accounts/${account.id}`, body) : await api.post<WhatsAppAccount>("/api/whatsapp/accounts", body));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card aria-labelledby="wa-form-title">
      <form onSubmit={(event) => void submit(event)}>
        <CardHeader
          id="wa-form-title"
          title={editing ? "Number settings" : "Connect a WhatsApp number"}
          description="From Meta's developer dashboard: WhatsApp > API Setup (ids and token) and App settings > Basic (app secret)."
        />
        <CardBody className="grid gap-4 sm:grid-cols-2">
          {error ? <Alert tone="error" className="sm:col-span-2">{error}</Alert> : null}
          <TextField label="Phone number ID" required disabled={editing} inputMode="numeric" {...field("phoneNumberId")} />
          <TextField label="WhatsApp Business Account ID" required inputMode="numeric" {...field("businessAccountId")} />
          <TextField label="Display number" placeholder="+1 555 010 2030" hint="Shown in the inbox; optional." {...field("displayPhone")} />
          <TextField label="Messages per second" type="number" min={1} max={1000} hint="Meta allows 80 by default." {...field("messagesPerSecond")} />
          <TextField
            label="Access token"
            type="password"
            autoComplete="off"
            required={!editing}
            placeholder={account ? `Stored (${account.accessTokenHint}); type to replace` : "A permanent system-user token"}
            {...field("accessToken")}
          />
          <TextField label="App secret" type="password" autoComplete="off" required={!editing} placeholder={editing ? "Stored; type to replace" : ""} hint="Verifies that webhooks come from Meta." {...field("appSecret")} />
          <TextField
            label="Agent alert template"
            placeholder="agent_alert"
            hint="Utility template: body {{1}} customer, {{2}} why, {{3}} summary; quick replies Claim and Pass."
            {...field("agentAlertTemplate")}
          />
          <TextField label="Follow-up template" placeholder="follow_up" hint="Sent outside the 24-hour window; body {{1}} is the agent's text." {...field("followUpTemplate")} />
          <TextField label="Template language" placeholder="en" {...field("templateLanguage")} />
        </CardBody>
        <CardFooter className="flex justify-end gap-2">
          {onCancel ? (
            <Button variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" loading={busy}>
            {editing ? "Save" : "Connect"}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}

"use client";
import { useState, type FormEvent } from "react";
import { API_SCOPE_DESCRIPTIONS, API_SCOPES, READ_SCOPES } from "@/features/tenants/api-keys.schemas";
import type { ScopedApiKey } from "./types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-button";
import { TextField } from "@/components/ui/field";
import { api, errorMessage } from "@/lib/api-client";

type CreatedKey = ScopedApiKey & { key: string };

export function CreateApiKey({ onCreated }: { onCreated: (key: ScopedApiKey) => void }) {
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const data = new FormData(formElement);
    const name = String(data.get("name")).trim();
    const scopes = data.getAll("scopes").map(String);
    if (scopes.length === 0) {
      setError("Choose at least one scope");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const key = await api.post<CreatedKey>("/api/workspace/api-keys", { name, scopes });
      setCreated(key);
      formElement.reset();
      const { key: _secret, ...listed } = key;
      onCreated(listed);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card aria-labelledby="create-key-title">
      <CardHeader id="create-key-title" title="Create an API key" description="Name it after what will use it, so you know what breaks when you revoke it." />
      <CardBody className="space-y-4">
        {created ? (
          <div className="space-y-3 rounded-lg bg-amber-50 p-4 ring-1 ring-amber-200 ring-inset" data-testid="new-api-key">
            <div>
              <p className="text-sm font-semibold text-amber-900">Copy your new key “{created.name}” now</p>
              <p className="text-sm text-amber-900/80">For your security Baton stores only a hash of it: you will not be able to see it again.</p>
            </div>
            <CopyField value={created.key} label="New API key" testId="new-api-key-value" />
            <div className="flex justify-end">
              <Button size="sm" variant="secondary" onClick={() => setCreated(null)}>
                I have copied it
              </Button>
            </div>
          </div>
        ) : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        <form onSubmit={(event) => void onSubmit(event)} className="space-y-4">
          <TextField label="Key name" name="name" required maxLength={100} placeholder="e.g. Production backend" />
          <fieldset>
            <legend className="text-sm font-medium text-zinc-800">Scopes</legend>
            <p className="text-sm text-zinc-500">Give the key only what it needs; a call outside its scopes gets 403.</p>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {API_SCOPES.map((scope) => (
                <label key={scope} className="flex items-start gap-2.5 rounded-lg p-2 ring-1 ring-zinc-200 ring-inset hover:bg-zinc-50">
                  <input type="checkbox" name="scopes" value={scope} defaultChecked={READ_SCOPES.includes(scope)} className="mt-0.5 size-4 accent-brand-600" />
                  <span className="text-sm">
                    <code className="block text-xs font-medium text-zinc-900">{scope}</code>
                    <span className="block text-zinc-500">{API_SCOPE_DESCRIPTIONS[scope]}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="flex justify-end">
            <Button type="submit" loading={busy}>
              Create key
            </Button>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}

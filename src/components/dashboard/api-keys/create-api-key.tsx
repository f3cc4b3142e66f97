"use client";
import { useState, type FormEvent } from "react";
import type { ApiKey } from "@/components/api-types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-button";
import { TextField } from "@/components/ui/field";
import { api, errorMessage } from "@/lib/api-client";

type CreatedKey = ApiKey & { key: string };

export function CreateApiKey({ onCreated }: { onCreated: (key: ApiKey) => void }) {
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = String(new FormData(formElement).get("name")).trim();
    setBusy(true);
    setError(null);
    try {
      const key = await api.post<CreatedKey>("/api/workspace/api-keys", { name });
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
        <form onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <div className="flex-1">
            <TextField label="Key name" name="name" required maxLength={100} placeholder="e.g. Production backend" />
          </div>
          <Button type="submit" loading={busy} className="sm:mt-7">
            Create key
          </Button>
        </form>
      </CardBody>
    </Card>
  );
}

"use client";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { api, errorMessage } from "@/lib/api-client";

export function CreateWorkspaceForm({ onCreated, onCancel }: { onCreated: () => void; onCancel?: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name"));
    setBusy(true);
    setError(null);
    try {
      // The new workspace becomes the session's active one on the server.
      await api.post("/api/workspaces", { name });
      onCreated();
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TextField label="Workspace name" name="name" required maxLength={100} autoFocus placeholder="Acme Support" hint="You will be the owner of the new workspace." />
      <div className="flex justify-end gap-3">
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" loading={busy}>
          Create workspace
        </Button>
      </div>
    </form>
  );
}

export function CreateWorkspaceDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Create a workspace" description="A separate space with its own members, bot and settings.">
      <CreateWorkspaceForm
        onCancel={onClose}
        onCreated={() => {
          onClose();
          onCreated();
        }}
      />
    </Dialog>
  );
}

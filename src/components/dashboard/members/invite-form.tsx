"use client";
import { useState, type FormEvent } from "react";
import type { Invitation } from "@/components/api-types";
import { formatDate, roleLabel } from "@/components/format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-button";
import { SelectField, TextField } from "@/components/ui/field";
import { api, errorMessage } from "@/lib/api-client";
import { useSession } from "../session-context";

export function InviteForm({ onInvited }: { onInvited: () => void }) {
  const { role, workspace } = useSession();
  const [created, setCreated] = useState<Invitation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = String(form.get("email") ?? "").trim();
    setBusy(true);
    setError(null);
    setCreated(null);
    try {
      const invitation = await api.post<Invitation>("/api/workspace/invitations", { role: String(form.get("role")), ...(email ? { email } : {}) });
      setCreated(invitation);
      formElement.reset();
      onInvited();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card aria-labelledby="invite-title">
      <CardHeader id="invite-title" title="Invite people" description={`Invitations are valid for 7 days and work once.`} />
      <CardBody className="space-y-4">
        <form onSubmit={(event) => void onSubmit(event)} className="grid gap-4 sm:grid-cols-[1fr_10rem_auto] sm:items-start">
          <TextField
            label="Email (optional)"
            name="email"
            type="email"
            autoComplete="off"
            placeholder="teammate@company.com"
            hint="Leave empty to get a link you can share yourself."
          />
          <SelectField label="Role" name="role" defaultValue="agent">
            <option value="agent">Agent</option>
            {role === "owner" ? <option value="admin">Admin</option> : null}
          </SelectField>
          <Button type="submit" loading={busy} className="sm:mt-7">
            Create invitation
          </Button>
        </form>
        {error ? <Alert tone="error">{error}</Alert> : null}
        {created ? (
          <Alert tone="success" title={created.email ? `Invitation sent to ${created.email}` : "Invitation link created"}>
            <p className="mb-2">
              {created.email
                ? `They will get an email with this link. You can also send it yourself:`
                : `Anyone with this link can join ${workspace.name} once as ${roleLabel(created.role).toLowerCase()}, until ${formatDate(created.expiresAt)}.`}
            </p>
            <CopyField value={created.link} label="Invitation link" testId="invitation-link" />
          </Alert>
        ) : null}
      </CardBody>
    </Card>
  );
}

"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { InvitationPreview } from "@/components/api-types";
import { roleLabel } from "@/components/format";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { api, errorMessage } from "@/lib/api-client";
import { AuthCard, TextLink } from "./auth-layout";
import { PasswordField } from "./password-field";

/** Creates an account and a workspace, or (with ?invite=) an account that joins a workspace. */
export function SignUpForm({ invite }: { invite?: string }) {
  const router = useRouter();
  const preview = useApi<InvitationPreview>(invite ? `/api/invitations/${encodeURIComponent(invite)}` : null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const invitation = preview.data;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await api.post("/api/signup", {
        name: String(form.get("name")),
        email: String(form.get("email")),
        password: String(form.get("password")),
        ...(invite ? { invitationId: invite } : { workspaceName: String(form.get("workspaceName")) }),
      });
      router.replace("/dashboard");
      router.refresh();
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  };

  const subtitle = invitation
    ? `${invitation.invitedBy} invited you to join ${invitation.workspaceName} as ${roleLabel(invitation.role).toLowerCase()}.`
    : invite
      ? "Create your account to accept the invitation."
      : "Set up your workspace in a minute. You will be its owner.";

  return (
    <AuthCard
      title={invite ? "Join your team on Baton" : "Create your Baton account"}
      subtitle={subtitle}
      footer={
        <>
          Already have an account? <TextLink href={invite ? `/sign-in?invite=${encodeURIComponent(invite)}` : "/sign-in"}>Sign in</TextLink>
        </>
      }
    >
      <form onSubmit={(event) => void onSubmit(event)} className="space-y-4">
        {invitation && !invitation.valid ? (
          <Alert tone="warning" title="This invitation can no longer be used">
            It has expired or was already accepted. Ask {invitation.invitedBy} for a new link.
          </Alert>
        ) : null}
        {preview.error ? <Alert tone="warning">This invitation link is not valid. Check the link, or ask for a new one.</Alert> : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        <TextField label="Your name" name="name" autoComplete="name" required maxLength={100} autoFocus />
        <TextField
          // Re-mounted once the invitation loads so its email fills the field.
          key={invitation?.email ?? "email"}
          label="Work email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={invitation?.email ?? undefined}
          readOnly={Boolean(invitation?.email)}
          hint={invitation?.email ? "This invitation was sent to this address." : undefined}
        />
        <PasswordField label="Password" name="password" autoComplete="new-password" required minLength={8} maxLength={128} hint="At least 8 characters." />
        {invite ? null : (
          <TextField label="Workspace name" name="workspaceName" required maxLength={100} placeholder="Acme Inc." hint="Usually your company or team name. You can change it later." />
        )}
        <SubmitButton loading={busy} className="w-full">
          {invite ? "Create account and join" : "Create account"}
        </SubmitButton>
      </form>
    </AuthCard>
  );
}

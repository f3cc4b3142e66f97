"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { InvitationPreview, Me } from "@/components/api-types";
import { roleLabel } from "@/components/format";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { LoadingBlock } from "@/components/ui/spinner";
import { api, errorMessage } from "@/lib/api-client";
import { AuthCard, TextLink } from "./auth-layout";

/** /invite/ID: who invited you where; create an account, sign in, or accept when signed in. */
export function InvitationView({ invitationId }: { invitationId: string }) {
  const router = useRouter();
  const encoded = encodeURIComponent(invitationId);
  const preview = useApi<InvitationPreview>(`/api/invitations/${encoded}`);
  const me = useApi<Me>("/api/me");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (preview.loading || me.loading) {
    return (
      <AuthCard title="Invitation">
        <LoadingBlock label="Opening invitation…" />
      </AuthCard>
    );
  }

  const invitation = preview.data;
  if (!invitation) {
    const notFound = preview.error?.status === 404;
    return (
      <AuthCard title={notFound ? "Invitation not found" : "Could not open the invitation"} footer={<TextLink href="/sign-in">Go to sign in</TextLink>}>
        <Alert tone={notFound ? "warning" : "error"}>
          {notFound ? "This invitation link is not valid. Check that you copied the whole link, or ask for a new one." : errorMessage(preview.error)}
        </Alert>
      </AuthCard>
    );
  }

  if (!invitation.valid) {
    return (
      <AuthCard title="This invitation has expired" footer={<TextLink href="/sign-in">Go to sign in</TextLink>}>
        <Alert tone="warning">
          The invitation to join {invitation.workspaceName} has expired or was already used. Ask {invitation.invitedBy} to send you a new one.
        </Alert>
      </AuthCard>
    );
  }

  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/invitations/${encoded}/accept`);
      router.replace("/dashboard");
      router.refresh();
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  };

  const signedIn = me.data?.user;
  return (
    <AuthCard title={`Join ${invitation.workspaceName}`}>
      <div className="space-y-5">
        <p className="text-sm text-zinc-600" data-testid="invitation-summary">
          <strong className="font-semibold text-zinc-900">{invitation.invitedBy}</strong> invited you to join{" "}
          <strong className="font-semibold text-zinc-900">{invitation.workspaceName}</strong> as{" "}
          <strong className="font-medium text-zinc-900">{roleLabel(invitation.role).toLowerCase()}</strong>.
        </p>
        {invitation.email ? <p className="text-sm text-zinc-500">This invitation is for {invitation.email}.</p> : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        {signedIn ? (
          <div className="space-y-3">
            <Button className="w-full" loading={busy} onClick={() => void accept()}>
              Accept invitation
            </Button>
            <p className="text-center text-sm text-zinc-500">
              Signed in as {signedIn.email}. <TextLink href="/dashboard">Go to your dashboard</TextLink>
            </p>
          </div>
        ) : (
          <div className="space-y-3">
            <ButtonLink href={`/sign-up?invite=${encoded}`} className="w-full">
              Create account
            </ButtonLink>
            <ButtonLink href={`/sign-in?invite=${encoded}`} variant="secondary" className="w-full">
              Sign in
            </ButtonLink>
          </div>
        )}
      </div>
    </AuthCard>
  );
}

"use client";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { api, errorMessage } from "@/lib/api-client";
import { AuthCard, TextLink } from "./auth-layout";

export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email")).trim();
    setBusy(true);
    setError(null);
    try {
      await api.post("/api/auth/request-password-reset", { email, redirectTo: "/reset-password" });
      setSentTo(email);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard
      title="Reset your password"
      subtitle={sentTo ? undefined : "Enter the email you sign in with and we will send you a link to choose a new password."}
      footer={<TextLink href="/sign-in">Back to sign in</TextLink>}
    >
      {sentTo ? (
        <div className="space-y-4">
          {/* The same answer whether or not the account exists, so the form cannot be used to probe emails. */}
          <Alert tone="success" title="Check your email">
            If an account exists for {sentTo}, we sent it a link to reset the password. The link is valid for one hour.
          </Alert>
          <p className="text-sm text-zinc-500">
            Running Baton without an email server (no <code className="rounded bg-zinc-100 px-1 font-mono text-xs">SMTP_URL</code>)? The link is
            written to the Baton server log instead.
          </p>
          <Button variant="secondary" className="w-full" onClick={() => setSentTo(null)}>
            Use another email
          </Button>
        </div>
      ) : (
        <form onSubmit={(event) => void onSubmit(event)} className="space-y-4">
          {error ? <Alert tone="error">{error}</Alert> : null}
          <TextField label="Email" name="email" type="email" autoComplete="email" required autoFocus />
          <SubmitButton loading={busy} className="w-full">
            Send reset link
          </SubmitButton>
        </form>
      )}
    </AuthCard>
  );
}

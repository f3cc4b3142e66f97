"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { safeNextPath } from "@/components/format";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { api, errorMessage } from "@/lib/api-client";
import { AuthCard, TextLink } from "./auth-layout";
import { PasswordField } from "./password-field";

export interface SignInFormProps {
  next?: string;
  invite?: string;
  /** Set after a password reset, to confirm it worked. */
  reset?: boolean;
}

export function SignInForm({ next, invite, reset }: SignInFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const signUpHref = invite ? `/sign-up?invite=${encodeURIComponent(invite)}` : "/sign-up";

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await api.post("/api/auth/sign-in/email", { email: String(form.get("email")), password: String(form.get("password")) });
      router.replace(invite ? `/invite/${encodeURIComponent(invite)}` : (safeNextPath(next) ?? "/dashboard"));
      router.refresh();
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  };

  return (
    <AuthCard
      title="Sign in to Baton"
      subtitle={invite ? "Sign in to accept your invitation." : "Welcome back. Pick up where your team left off."}
      footer={
        <>
          New to Baton? <TextLink href={signUpHref}>Create an account</TextLink>
        </>
      }
    >
      <form onSubmit={(event) => void onSubmit(event)} className="space-y-4">
        {reset ? <Alert tone="success">Your password was changed. Sign in with the new one.</Alert> : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        <TextField label="Email" name="email" type="email" autoComplete="email" required autoFocus />
        <PasswordField
          label="Password"
          name="password"
          autoComplete="current-password"
          required
          aside={
            <TextLink href="/forgot-password">
              <span className="text-sm">Forgot password?</span>
            </TextLink>
          }
        />
        <SubmitButton loading={busy} className="w-full">
          Sign in
        </SubmitButton>
      </form>
    </AuthCard>
  );
}

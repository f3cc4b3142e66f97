"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { ButtonLink } from "@/components/ui/button";
import { api, errorMessage } from "@/lib/api-client";
import { AuthCard, TextLink } from "./auth-layout";
import { PasswordField } from "./password-field";

/** The page the emailed link lands on: better-auth adds ?token=, or ?error=INVALID_TOKEN. */
export function ResetPasswordForm({ token, error: linkError }: { token?: string; error?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!token || linkError) {
    return (
      <AuthCard title="This link has expired" subtitle="Password reset links work once and for one hour.">
        <ButtonLink href="/forgot-password" className="w-full">
          Send a new link
        </ButtonLink>
      </AuthCard>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get("password"));
    if (newPassword !== String(form.get("confirm"))) {
      setError("The two passwords do not match");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.post("/api/auth/reset-password", { newPassword, token });
      router.replace("/sign-in?reset=1");
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  };

  return (
    <AuthCard title="Choose a new password" subtitle="Once it is changed, every device signed in to your account is signed out." footer={<TextLink href="/sign-in">Back to sign in</TextLink>}>
      <form onSubmit={(event) => void onSubmit(event)} className="space-y-4">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <PasswordField label="New password" name="password" autoComplete="new-password" required minLength={8} maxLength={128} hint="At least 8 characters." autoFocus />
        <PasswordField label="Confirm new password" name="confirm" autoComplete="new-password" required minLength={8} maxLength={128} />
        <SubmitButton loading={busy} className="w-full">
          Change password
        </SubmitButton>
      </form>
    </AuthCard>
  );
}

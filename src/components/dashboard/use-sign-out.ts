"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage } from "@/lib/api-client";

/** Ends the session and goes to sign-in; keeps the error to show if the call fails. */
export function useSignOut() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const signOut = async () => {
    setError(null);
    try {
      await api.post("/api/auth/sign-out", {});
      router.replace("/sign-in");
      router.refresh();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  return { signOut, error };
}

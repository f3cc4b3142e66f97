"use client";
import { useState } from "react";
import type { OnboardingStatusDto, OnboardingStepState, TOnboardingStep } from "@/features/onboarding/onboarding.schemas";
import { useApi } from "@/components/use-api";
import { api, errorMessage } from "@/lib/api-client";

/** The checklist's state from the server, and the few changes the owner makes to it. */
export function useOnboarding(enabled: boolean) {
  const status = useApi<OnboardingStatusDto>(enabled ? "/api/onboarding" : null);
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const run = async (name: string, change: () => Promise<OnboardingStatusDto | void>) => {
    setBusy(name);
    setActionError(null);
    try {
      const next = await change();
      if (next) status.setData(() => next);
      else status.reload();
    } catch (caught) {
      setActionError(errorMessage(caught));
    } finally {
      setBusy(null);
    }
  };

  return {
    status,
    busy,
    actionError,
    setDismissed: (dismissed: boolean) => run("dismiss", () => api.patch<OnboardingStatusDto>("/api/onboarding", { dismissed })),
    mark: (step: TOnboardingStep, state: OnboardingStepState) => run(`mark-${step}`, () => api.post<OnboardingStatusDto>(`/api/onboarding/steps/${step}`, { state })),
    addSamples: () => run("samples", async () => void (await api.post("/api/onboarding/sample-knowledge"))),
  };
}

"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api, errorMessage } from "@/lib/api-client";
import type { BacktestResult, TriggerRuleDraft } from "../api-types";
import { HistoryIcon } from "./icons";
import { MatchChip } from "./reason-badge";

// How many of the latest conversations a back-test replays.
const BACKTEST_LIMIT = 200;
// Enough hits to judge a rule by; the count above says how many there are in all.
const SHOWN_HITS = 20;

export interface BacktestPanelProps {
  /** The form's draft, or null when the form shows what is wrong with it. */
  getDraft: () => TriggerRuleDraft | null;
  /** A 422 from the back-test names a field of the form. */
  onInvalid: (error: unknown) => void;
  disabled: boolean;
}

/** Replays the unsaved rule over recent conversations, so its reach is known before saving. */
export function BacktestPanel({ getDraft, onInvalid, disabled }: BacktestPanelProps) {
  const [result, setResult] = useState<BacktestResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    const rule = getDraft();
    if (!rule) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await api.post<BacktestResult>("/api/triggers/backtest", { rule, limit: BACKTEST_LIMIT }));
    } catch (caught) {
      setResult(null);
      if ((caught as { status?: number }).status === 422) onInvalid(caught);
      else setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label="Back-test" className="space-y-3 rounded-lg bg-zinc-50 p-3 ring-1 ring-zinc-200 ring-inset">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-zinc-600">Try this rule on the last {BACKTEST_LIMIT} conversations before saving it.</p>
        <Button variant="secondary" size="sm" icon={<HistoryIcon />} loading={busy} disabled={disabled} onClick={() => void run()}>
          Back-test
        </Button>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {result ? (
        <div className="space-y-2" aria-live="polite" data-testid="backtest-result">
          <p className="text-sm font-medium text-zinc-900">
            Would have escalated {result.matched} of {result.scanned} {result.scanned === 1 ? "conversation" : "conversations"}
          </p>
          {result.conversations.length > 0 ? (
            <ul className="max-h-56 divide-y divide-zinc-200 overflow-y-auto rounded-md bg-white ring-1 ring-zinc-200">
              {result.conversations.slice(0, SHOWN_HITS).map((hit) => (
                <li key={hit.conversationId} className="space-y-1 px-3 py-2">
                  <p className="text-xs text-zinc-500">{hit.contactName ?? "Anonymous visitor"}</p>
                  <p className="line-clamp-2 text-sm text-zinc-800">“{hit.text}”</p>
                  {hit.evidence.matched?.length ? (
                    <p className="flex flex-wrap gap-1">
                      {hit.evidence.matched.map((word) => (
                        <MatchChip key={word} text={word} />
                      ))}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          {result.conversations.length > SHOWN_HITS ? <p className="text-xs text-zinc-500">Showing the first {SHOWN_HITS}.</p> : null}
        </div>
      ) : null}
    </section>
  );
}

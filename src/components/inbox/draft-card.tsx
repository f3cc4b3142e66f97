"use client";
import { useId, useState } from "react";
import type { MessageDto } from "@/features/conversations/message.dto";
import type { DraftDto } from "@/features/inbox/inbox.dto";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ApiError, errorMessage } from "@/lib/api-client";
import { BotIcon } from "./icons";
import { inboxApi } from "./inbox-api";
import { percent } from "./labels";
import { ReasonChip } from "./reason-chip";

export interface DraftCardProps {
  draft: DraftDto;
  onMessage: (message: MessageDto) => void;
  onDecided: (draft: DraftDto) => void;
}

function HeldBecause({ held }: { held: DraftDto["heldBecause"] }) {
  const reasons = held.reasons ?? [];
  const tags = held.tags ?? [];
  if (!reasons.length && !tags.length && !held.belowConfidence) return null;
  return (
    <div className="flex flex-wrap items-center gap-1 text-xs text-zinc-600">
      <span>Held because:</span>
      {reasons.map((code) => (
        <ReasonChip key={code} code={code} />
      ))}
      {tags.map((tag) => (
        <span key={tag} className="rounded bg-zinc-100 px-1.5 py-px text-[11px] font-medium text-zinc-700 ring-1 ring-zinc-200 ring-inset">
          #{tag}
        </span>
      ))}
      {held.belowConfidence ? <span className="font-medium text-amber-800">confidence below the threshold</span> : null}
    </div>
  );
}

/** A bot answer held for review: the agent edits it if needed, then approves or rejects it. */
export function DraftCard({ draft, onMessage, onDecided }: DraftCardProps) {
  const [text, setText] = useState(draft.body);
  const [busy, setBusy] = useState<"approve" | "edit" | "reject" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const edited = text.trim() !== draft.body.trim();

  const decide = async (action: "approve" | "edit" | "reject") => {
    setBusy(action);
    setError(null);
    try {
      if (action === "reject") {
        const { draft: decided } = await inboxApi.rejectDraft(draft.id);
        onDecided(decided ?? { ...draft, status: "REJECTED" });
      } else {
        const { message } = await inboxApi.approveDraft(draft.id, action === "edit" ? text.trim() : undefined);
        if (message) onMessage(message);
        onDecided({ ...draft, status: action === "edit" ? "EDITED" : "APPROVED" });
      }
    } catch (caught) {
      setBusy(null);
      if (caught instanceof ApiError && caught.status === 409 && caught.code === "DRAFT_DECIDED") {
        setError("Another agent already decided on this draft.");
        return;
      }
      setError(errorMessage(caught));
    }
  };

  return (
    <section aria-labelledby={titleId} data-testid="draft-card" className="ml-auto max-w-[min(36rem,92%)] space-y-3 rounded-xl border border-dashed border-brand-200 bg-brand-50/50 p-4">
      <div className="flex flex-wrap items-center gap-2">
        <BotIcon className="size-4 text-brand-600" />
        <h3 id={titleId} className="text-sm font-semibold text-zinc-900">
          Bot draft awaiting approval
        </h3>
        {draft.confidence !== null ? <span className="text-xs text-zinc-500">{percent(draft.confidence)} confident</span> : null}
      </div>
      <HeldBecause held={draft.heldBecause} />
      <label className="block">
        <span className="sr-only">Draft text</span>
        <textarea
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={Math.min(8, Math.max(3, text.split("\n").length + 1))}
          className="block w-full resize-y rounded-lg border-0 bg-white px-3 py-2 text-sm text-zinc-900 shadow-sm ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-brand-500 focus:outline-none"
        />
      </label>
      {draft.sources.length ? (
        <p className="text-xs text-zinc-500">
          Sources: {draft.sources.map((source) => source.title).join(" · ")}
        </p>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap justify-end gap-2">
        <Button size="sm" variant="ghost" loading={busy === "reject"} disabled={busy !== null} onClick={() => void decide("reject")}>
          Reject
        </Button>
        <Button size="sm" variant="secondary" loading={busy === "edit"} disabled={busy !== null || !edited || !text.trim()} title={edited ? undefined : "Edit the text to approve your version"} onClick={() => void decide("edit")}>
          Approve edited
        </Button>
        <Button size="sm" loading={busy === "approve"} disabled={busy !== null || edited} title={edited ? "You changed the text: approve the edited version" : undefined} onClick={() => void decide("approve")}>
          Approve
        </Button>
      </div>
    </section>
  );
}

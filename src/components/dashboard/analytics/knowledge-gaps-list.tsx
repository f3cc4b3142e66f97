"use client";
// Knowledge gaps ("unanswered questions"): what visitors asked that the bot could not answer,
// grouped, with one click to turn a group into a knowledge entry. Shown on the analytics page and
// on the knowledge base page. Questions are rendered as text, never as HTML.
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PlusIcon } from "@/components/ui/icons";
import { LoadingBlock } from "@/components/ui/spinner";
import { useApi } from "@/components/use-api";
import type { KnowledgeGapDto, KnowledgeGapsDto } from "@/features/analytics/analytics.dto";
import { formatDateTime } from "@/components/format";
import { GapEntryDialog } from "./gap-entry-dialog";

export function KnowledgeGapsList({ query, onEntryCreated }: { query: string; onEntryCreated?: () => void }) {
  const gaps = useApi<KnowledgeGapsDto>(`/api/analytics/knowledge-gaps?${query}`);
  const [open, setOpen] = useState<KnowledgeGapDto | null>(null);
  const [done, setDone] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);

  if (gaps.loading && !gaps.data) return <LoadingBlock label="Reading unanswered questions…" />;
  if (gaps.error) {
    return (
      <div className="p-5">
        <Alert tone="error" title="Could not load unanswered questions">
          {gaps.error.message} <Button variant="secondary" size="sm" onClick={gaps.reload}>Try again</Button>
        </Alert>
      </div>
    );
  }
  const list = gaps.data?.gaps ?? [];
  if (list.length === 0) {
    return <EmptyState title="No unanswered questions" description="Every question in this range got a confident answer or never needed one." />;
  }
  return (
    <div data-testid="knowledge-gaps">
      {notice ? <Alert tone="success" className="m-4">{notice}</Alert> : null}
      <ul className="divide-y divide-zinc-100">
        {list.map((gap) => (
          <li key={gap.key} className="flex flex-wrap items-start justify-between gap-3 px-5 py-3">
            <div className="min-w-0 flex-1 space-y-1">
              <p className="font-medium text-zinc-900">{gap.question}</p>
              {gap.examples.length > 1 ? <p className="truncate text-sm text-zinc-500">Also: {gap.examples.slice(1).join(" · ")}</p> : null}
              <p className="text-xs text-zinc-500">
                Asked {gap.count} {gap.count === 1 ? "time" : "times"} · last {formatDateTime(gap.lastAskedAt)}
                {gap.sources.includes("handoff") ? " · led to a handoff" : ""}
              </p>
              {gap.agentAnswer ? <p className="line-clamp-2 text-sm text-zinc-600">Agent answered: {gap.agentAnswer}</p> : null}
            </div>
            <div className="flex items-center gap-2">
              {gap.agentAnswer ? <Badge tone="green">Has an agent answer</Badge> : null}
              {done.has(gap.key) ? (
                <Badge tone="neutral">Added</Badge>
              ) : (
                <Button size="sm" icon={<PlusIcon />} onClick={() => setOpen(gap)}>
                  Create entry
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <GapEntryDialog
        gap={open}
        onClose={() => setOpen(null)}
        onCreated={(gap, title) => {
          setOpen(null);
          setDone((current) => new Set(current).add(gap.key));
          setNotice(`Added “${title}” to the knowledge base.`);
          onEntryCreated?.();
        }}
      />
    </div>
  );
}

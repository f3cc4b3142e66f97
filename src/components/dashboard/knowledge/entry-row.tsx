"use client";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TrashIcon } from "@/components/ui/icons";
import type { KnowledgeEntry } from "../api-types";
import { Switch } from "./switch";

// Enough phrasings to recognise the entry at a glance; the dialog shows them all.
const SHOWN_QUESTIONS = 2;

export interface EntryRowProps {
  entry: KnowledgeEntry;
  canManage: boolean;
  toggling: boolean;
  onOpen: () => void;
  onToggle: (enabled: boolean) => void;
  onDelete: () => void;
}

export function EntryRow({ entry, canManage, toggling, onOpen, onToggle, onDelete }: EntryRowProps) {
  const shown = entry.exampleQuestions.slice(0, SHOWN_QUESTIONS);
  const more = entry.exampleQuestions.length - shown.length;
  return (
    <li className="group flex gap-4 px-5 py-4" data-testid="knowledge-entry">
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="min-w-0 text-sm font-medium text-zinc-900">
            <button type="button" onClick={onOpen} className="text-left hover:text-brand-700 hover:underline">
              {entry.title}
            </button>
          </h3>
          {entry.language ? <Badge>{entry.language}</Badge> : null}
          {entry.enabled ? null : <Badge tone="amber">Disabled</Badge>}
        </div>
        {shown.length > 0 ? (
          <p className="mt-0.5 truncate text-sm text-zinc-500">
            {shown.map((question) => `“${question}”`).join(" · ")}
            {more > 0 ? <span className="text-zinc-400"> · +{more} more</span> : null}
          </p>
        ) : null}
        <p className="mt-1.5 line-clamp-2 text-sm whitespace-pre-line text-zinc-700">{entry.answer}</p>
        {entry.tags.length > 0 ? (
          <ul className="mt-2 flex flex-wrap gap-1" aria-label="Tags">
            {entry.tags.map((tag) => (
              <li key={tag}>
                <Badge tone="brand">{tag}</Badge>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {canManage ? (
        <div className="flex shrink-0 items-start gap-1">
          <div className="flex h-8 items-center pr-2">
            <Switch checked={entry.enabled} onChange={onToggle} busy={toggling} label={`Use “${entry.title}”`} />
          </div>
          <Button variant="ghost" size="sm" onClick={onOpen} aria-label={`Edit ${entry.title}`}>
            Edit
          </Button>
          <Button variant="ghost" size="sm" onClick={onDelete} aria-label={`Delete ${entry.title}`} icon={<TrashIcon />} />
        </div>
      ) : null}
    </li>
  );
}

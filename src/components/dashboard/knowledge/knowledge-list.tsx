"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardFooter } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/field";
import { PlusIcon } from "@/components/ui/icons";
import { LoadingBlock, Spinner } from "@/components/ui/spinner";
import { api } from "@/lib/api-client";
import type { KnowledgeEntry } from "../api-types";
import { EntryRow } from "./entry-row";
import { BookIcon, DownloadIcon, SearchIcon, UploadIcon } from "./icons";
import { PAGE_SIZE, type useKnowledgeSearch } from "./use-knowledge-search";

export interface KnowledgeListProps {
  search: ReturnType<typeof useKnowledgeSearch>;
  canManage: boolean;
  togglingId: string | null;
  onOpen: (entry: KnowledgeEntry) => void;
  onToggle: (entry: KnowledgeEntry, enabled: boolean) => void;
  onDeleted: (entry: KnowledgeEntry) => void;
  onCreate: () => void;
  onImport: () => void;
}

export function KnowledgeList({ search, canManage, togglingId, onOpen, onToggle, onDeleted, onCreate, onImport }: KnowledgeListProps) {
  const [deleting, setDeleting] = useState<KnowledgeEntry | null>(null);
  const { list, q, page } = search;
  const data = list.data;
  const searching = list.loading || search.query.trim() !== q;

  return (
    <Card aria-labelledby="knowledge-title">
      <h2 id="knowledge-title" className="sr-only">
        Entries
      </h2>
      <div className="flex flex-wrap items-center gap-3 border-b border-zinc-100 px-5 py-3">
        <div className="relative min-w-48 flex-1">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400" />
          <Input
            type="search"
            value={search.query}
            onChange={(event) => search.setQuery(event.target.value)}
            placeholder="Search titles, answers and questions…"
            aria-label="Search the knowledge base"
            className="pr-9 pl-9"
          />
          {searching && data ? (
            <span className="absolute top-1/2 right-3 -translate-y-1/2 text-zinc-400">
              <Spinner />
            </span>
          ) : null}
        </div>
        <div className="flex items-center gap-2">
          <span className="text-sm text-zinc-500">Export</span>
          <a href="/api/knowledge/export?format=csv" download="knowledge-base.csv" aria-label="Export as CSV" className={buttonClasses({ variant: "secondary", size: "sm" })}>
            <DownloadIcon />
            CSV
          </a>
          <a href="/api/knowledge/export?format=jsonl" download="knowledge-base.jsonl" aria-label="Export as JSONL" className={buttonClasses({ variant: "secondary", size: "sm" })}>
            <DownloadIcon />
            JSONL
          </a>
        </div>
      </div>

      {list.error ? <Alert tone="error" className="m-5">{list.error.message}</Alert> : null}
      {!data ? (
        list.loading ? <LoadingBlock label="Loading entries…" /> : null
      ) : data.entries.length === 0 ? (
        q ? (
          <EmptyState icon={<SearchIcon className="size-5" />} title={`No entries match “${q}”`} description="Try another word, or search for part of a title or answer." />
        ) : (
          <EmptyState
            icon={<BookIcon className="size-5" />}
            title="Your knowledge base is empty"
            description="An entry is a question, other ways people ask it, and the answer the bot gives. Add entries one by one, or import a spreadsheet of them."
            action={
              canManage ? (
                <div className="flex flex-wrap justify-center gap-2">
                  <Button icon={<PlusIcon />} onClick={onCreate}>
                    Add an entry
                  </Button>
                  <Button variant="secondary" icon={<UploadIcon />} onClick={onImport}>
                    Import a file
                  </Button>
                </div>
              ) : null
            }
          />
        )
      ) : (
        <ul className="divide-y divide-zinc-100" data-testid="knowledge-list" aria-busy={searching || undefined}>
          {data.entries.map((entry) => (
            <EntryRow
              key={entry.id}
              entry={entry}
              canManage={canManage}
              toggling={togglingId === entry.id}
              onOpen={() => onOpen(entry)}
              onToggle={(enabled) => onToggle(entry, enabled)}
              onDelete={() => setDeleting(entry)}
            />
          ))}
        </ul>
      )}

      {data && data.total > 0 ? <Pagination total={data.total} shown={data.entries.length} page={page} onPage={search.setPage} searching={Boolean(q)} /> : null}

      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete “${deleting?.title ?? "entry"}”?`}
        description="The bot stops using this answer right away. This cannot be undone; to keep it without using it, disable it instead."
        confirmLabel="Delete entry"
        onConfirm={async () => {
          if (!deleting) return;
          await api.delete(`/api/knowledge/${encodeURIComponent(deleting.id)}`);
          onDeleted(deleting);
        }}
      />
    </Card>
  );
}

function Pagination({ total, shown, page, onPage, searching }: { total: number; shown: number; page: number; onPage: (page: number) => void; searching: boolean }) {
  const first = page * PAGE_SIZE + 1;
  const last = page * PAGE_SIZE + shown;
  const noun = total === 1 ? "entry" : "entries";
  return (
    <CardFooter className="justify-between">
      <p className="text-sm text-zinc-500" aria-live="polite" data-testid="knowledge-count">
        {total <= PAGE_SIZE ? `${total} ${noun}${searching ? " found" : ""}` : `${first}–${last} of ${total} ${noun}${searching ? " found" : ""}`}
      </p>
      {total > PAGE_SIZE ? (
        <nav aria-label="Pages" className="flex gap-2">
          <Button variant="secondary" size="sm" disabled={page === 0} onClick={() => onPage(page - 1)}>
            Previous
          </Button>
          <Button variant="secondary" size="sm" disabled={last >= total} onClick={() => onPage(page + 1)}>
            Next
          </Button>
        </nav>
      ) : null}
    </CardFooter>
  );
}

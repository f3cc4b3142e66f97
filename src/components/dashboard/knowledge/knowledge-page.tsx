"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PlusIcon } from "@/components/ui/icons";
import { api, errorMessage } from "@/lib/api-client";
import type { KnowledgeEntry } from "../api-types";
import { UnansweredQuestions } from "../analytics/unanswered-questions";
import { PageHeader } from "../page-header";
import { useSession } from "../session-context";
import { EntryDialog } from "./entry-dialog";
import { UploadIcon } from "./icons";
import { ImportDialog } from "./import-dialog";
import { KnowledgeList } from "./knowledge-list";
import { PAGE_SIZE, useKnowledgeSearch } from "./use-knowledge-search";

const lastPage = (total: number) => Math.max(0, Math.ceil(total / PAGE_SIZE) - 1);

export function KnowledgePage() {
  const { canManage } = useSession();
  const search = useKnowledgeSearch();
  const { list } = search;
  const [editing, setEditing] = useState<KnowledgeEntry | "new" | null>(null);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; message: string } | null>(null);
  const [togglingId, setTogglingId] = useState<string | null>(null);
  // The total without a search, for the replace warning; unknown while a search is shown.
  const knownTotal = search.q ? undefined : list.data?.total;

  const replaceEntry = (entry: KnowledgeEntry) =>
    list.setData((current) => current && { ...current, entries: current.entries.map((item) => (item.id === entry.id ? entry : item)) });

  const toggle = async (entry: KnowledgeEntry, enabled: boolean) => {
    setNotice(null);
    setTogglingId(entry.id);
    try {
      replaceEntry(await api.patch<KnowledgeEntry>(`/api/knowledge/${encodeURIComponent(entry.id)}`, { enabled }));
    } catch (caught) {
      setNotice({ tone: "error", message: `Could not ${enabled ? "enable" : "disable"} “${entry.title}”: ${errorMessage(caught)}` });
    } finally {
      setTogglingId(null);
    }
  };

  const onSaved = (entry: KnowledgeEntry, created: boolean) => {
    setEditing(null);
    if (created) {
      // New entries come last: show the page that has it.
      setNotice({ tone: "success", message: `Added “${entry.title}”.` });
      search.showPage(search.q || !list.data ? 0 : lastPage(list.data.total + 1));
      list.reload();
    } else {
      setNotice({ tone: "success", message: `Saved “${entry.title}”.` });
      replaceEntry(entry);
    }
  };

  const onDeleted = (entry: KnowledgeEntry) => {
    setNotice({ tone: "success", message: `Deleted “${entry.title}”.` });
    if (list.data?.entries.length === 1 && search.page > 0) search.setPage(search.page - 1);
    list.reload();
  };

  return (
    <>
      <PageHeader
        title="Knowledge base"
        description="What the bot knows: questions, the ways people ask them, and its answers."
        actions={
          canManage ? (
            <>
              <Button variant="secondary" icon={<UploadIcon />} onClick={() => setImporting(true)}>
                Import
              </Button>
              <Button icon={<PlusIcon />} onClick={() => setEditing("new")}>
                New entry
              </Button>
            </>
          ) : null
        }
      />
      <div className="space-y-6">
        {canManage ? null : (
          <Alert tone="info" title="Only owners and admins can change the knowledge base">
            You can search it and read every answer the bot gives. Ask an owner or admin if an answer should change.
          </Alert>
        )}
        {notice ? <Alert tone={notice.tone}>{notice.message}</Alert> : null}
        <KnowledgeList
          search={search}
          canManage={canManage}
          togglingId={togglingId}
          onOpen={(entry) => {
            setNotice(null);
            setEditing(entry);
          }}
          onToggle={(entry, enabled) => void toggle(entry, enabled)}
          onDeleted={onDeleted}
          onCreate={() => setEditing("new")}
          onImport={() => setImporting(true)}
        />
        {canManage ? <UnansweredQuestions onEntryCreated={list.reload} /> : null}
      </div>
      <EntryDialog target={editing} readOnly={!canManage} onClose={() => setEditing(null)} onSaved={onSaved} />
      {canManage ? (
        <ImportDialog
          open={importing}
          currentTotal={knownTotal}
          onClose={() => setImporting(false)}
          onImported={(result) => {
            setImporting(false);
            const count = `${result.imported} ${result.imported === 1 ? "entry" : "entries"}`;
            setNotice({ tone: "success", message: result.mode === "replace" ? `Replaced the knowledge base with ${count}.` : `Imported ${count}.` });
            // Imported entries come last: show the page where the first of them is.
            search.showPage(result.mode === "replace" || knownTotal === undefined ? 0 : Math.floor(knownTotal / PAGE_SIZE));
            list.reload();
          }}
        />
      ) : null}
    </>
  );
}

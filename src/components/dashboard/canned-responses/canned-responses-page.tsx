"use client";
import { useState } from "react";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { PlusIcon, TrashIcon } from "@/components/ui/icons";
import { LoadingBlock } from "@/components/ui/spinner";
import { api } from "@/lib/api-client";
import { PageHeader } from "../page-header";
import { useSession } from "../session-context";
import { VARIABLES } from "./canned-fields";
import { QuickReplyIcon } from "./icons";
import { ResponseDialog } from "./response-dialog";
import type { CannedResponse, CannedResponseList } from "./types";

const byShortcut = (a: CannedResponse, b: CannedResponse) => a.shortcut.localeCompare(b.shortcut);

export function CannedResponsesPage() {
  const { canManage } = useSession();
  const responses = useApi<CannedResponseList>("/api/canned-responses");
  const [editing, setEditing] = useState<CannedResponse | "new" | null>(null);
  const [deleting, setDeleting] = useState<CannedResponse | null>(null);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; message: string } | null>(null);
  const list = responses.data?.cannedResponses;

  const setList = (next: CannedResponse[]) => responses.setData(() => ({ cannedResponses: [...next].sort(byShortcut) }));
  const open = (target: CannedResponse | "new") => {
    setNotice(null);
    setEditing(target);
  };

  return (
    <>
      <PageHeader
        title="Canned responses"
        description="Saved replies your agents insert in the inbox by typing / and a shortcut."
        actions={
          canManage ? (
            <Button icon={<PlusIcon />} onClick={() => open("new")}>
              New response
            </Button>
          ) : null
        }
      />
      <div className="space-y-6">
        {canManage ? null : (
          <Alert tone="info" title="Only owners and admins can change canned responses">
            You can use all of them in the inbox: type / in the reply box.
          </Alert>
        )}
        {notice ? <Alert tone={notice.tone}>{notice.message}</Alert> : null}
        <Card aria-labelledby="canned-variables-title">
          <CardHeader id="canned-variables-title" title="Variables" description="Write these in a response; the inbox replaces them when the agent inserts it." />
          <CardBody>
            <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
              {VARIABLES.map((variable) => (
                <div key={variable.name}>
                  <dt>
                    <code className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs text-zinc-800">{`{{${variable.name}}}`}</code>
                  </dt>
                  <dd className="mt-1 text-zinc-500">
                    {variable.description}, e.g. {variable.sample}
                  </dd>
                </div>
              ))}
            </dl>
          </CardBody>
        </Card>
        <Card aria-labelledby="canned-list-title">
          <h2 id="canned-list-title" className="sr-only">
            Responses
          </h2>
          {responses.error ? <Alert tone="error" className="m-5">{responses.error.message}</Alert> : null}
          {!list ? (
            responses.loading ? <LoadingBlock label="Loading responses…" /> : null
          ) : list.length === 0 ? (
            <EmptyState
              icon={<QuickReplyIcon className="size-5" />}
              title="No canned responses yet"
              description="Save the replies your team types again and again: greetings, refund steps, a promise to follow up by email."
              action={
                canManage ? (
                  <Button icon={<PlusIcon />} onClick={() => open("new")}>
                    Add a response
                  </Button>
                ) : null
              }
            />
          ) : (
            <ul className="divide-y divide-zinc-100" data-testid="canned-responses">
              {list.map((response) => (
                <li key={response.id} className="flex gap-4 px-5 py-4" data-testid="canned-response">
                  <div className="min-w-0 flex-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <code className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-700 ring-1 ring-brand-200 ring-inset">/{response.shortcut}</code>
                      <h3 className="min-w-0 text-sm font-medium text-zinc-900">
                        {canManage ? (
                          <button type="button" onClick={() => open(response)} className="text-left hover:text-brand-700 hover:underline">
                            {response.title}
                          </button>
                        ) : (
                          response.title
                        )}
                      </h3>
                    </div>
                    <p className="mt-1.5 line-clamp-3 text-sm whitespace-pre-line text-zinc-700">{response.body}</p>
                  </div>
                  {canManage ? (
                    <div className="flex shrink-0 items-start gap-1">
                      <Button variant="ghost" size="sm" onClick={() => open(response)} aria-label={`Edit /${response.shortcut}`}>
                        Edit
                      </Button>
                      <Button variant="ghost" size="sm" onClick={() => setDeleting(response)} aria-label={`Delete /${response.shortcut}`} icon={<TrashIcon />} />
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      {canManage ? (
        <ResponseDialog
          target={editing}
          onClose={() => setEditing(null)}
          onSaved={(response, created) => {
            setEditing(null);
            setNotice({ tone: "success", message: `${created ? "Added" : "Saved"} /${response.shortcut}.` });
            setList(created ? [...(list ?? []), response] : (list ?? []).map((item) => (item.id === response.id ? response : item)));
          }}
        />
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete /${deleting?.shortcut ?? ""}?`}
        description="Agents will no longer find it in the inbox. This cannot be undone."
        confirmLabel="Delete response"
        onConfirm={async () => {
          if (!deleting) return;
          await api.delete(`/api/canned-responses/${encodeURIComponent(deleting.id)}`);
          setNotice({ tone: "success", message: `Deleted /${deleting.shortcut}.` });
          setList((list ?? []).filter((item) => item.id !== deleting.id));
        }}
      />
    </>
  );
}

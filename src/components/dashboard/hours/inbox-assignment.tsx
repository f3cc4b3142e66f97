"use client";
// One setting per inbox (its schedule, its default team), as a select per row. Used by the
// business hours and teams pages; PATCH /api/inboxes/:id saves each change as it is made.
import { useState } from "react";
import type { ApiResource } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/field";
import { LoadingBlock, Spinner } from "@/components/ui/spinner";
import { api, errorMessage } from "@/lib/api-client";

/** The part of GET /api/inboxes these settings need. */
export interface InboxRouting {
  id: string;
  name: string;
  channel: string;
  defaultTeamId: string | null;
  businessHoursId: string | null;
}

export interface InboxAssignmentProps {
  title: string;
  description: string;
  field: "defaultTeamId" | "businessHoursId";
  inboxes: ApiResource<InboxRouting[]>;
  options: Array<{ id: string; name: string }>;
  /** What null means for this field, e.g. "Always open". */
  noneLabel: string;
  canManage: boolean;
  /** Called after a change is saved, e.g. to refresh "used by" lists. */
  onSaved?: () => void;
}

export function InboxAssignment({ title, description, field, inboxes, options, noneLabel, canManage, onSaved }: InboxAssignmentProps) {
  const [savingId, setSavingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; message: string } | null>(null);
  const list = inboxes.data;

  const change = async (inbox: InboxRouting, value: string) => {
    setSavingId(inbox.id);
    setNotice(null);
    try {
      const saved = await api.patch<InboxRouting>(`/api/inboxes/${encodeURIComponent(inbox.id)}`, { [field]: value || null });
      inboxes.setData((current) => current?.map((item) => (item.id === inbox.id ? { ...item, [field]: saved[field] } : item)));
      const chosen = options.find((option) => option.id === value)?.name ?? noneLabel;
      setNotice({ tone: "success", message: `${inbox.name}: ${chosen}.` });
      onSaved?.();
    } catch (caught) {
      setNotice({ tone: "error", message: `Could not change ${inbox.name}: ${errorMessage(caught)}` });
    } finally {
      setSavingId(null);
    }
  };

  return (
    <Card aria-labelledby={`${field}-title`}>
      <CardHeader id={`${field}-title`} title={title} description={description} />
      {inboxes.error ? <Alert tone="error" className="m-5">{inboxes.error.message}</Alert> : null}
      {notice ? <Alert tone={notice.tone} className="mx-5 mt-4">{notice.message}</Alert> : null}
      {!list ? (
        inboxes.loading ? <LoadingBlock label="Loading inboxes…" /> : null
      ) : list.length === 0 ? (
        <EmptyState title="No inboxes yet" description="Set up the chat widget first; its inbox will be listed here." />
      ) : (
        <ul className="divide-y divide-zinc-100">
          {list.map((inbox) => {
            const value = inbox[field] ?? "";
            const known = value === "" || options.some((option) => option.id === value);
            return (
              <li key={inbox.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
                <div className="min-w-0 text-sm">
                  <p className="truncate font-medium text-zinc-900">{inbox.name}</p>
                  <p className="text-zinc-500">{inbox.channel === "WHATSAPP" ? "WhatsApp" : "Chat widget"}</p>
                </div>
                <div className="flex items-center gap-2">
                  {savingId === inbox.id ? <Spinner className="text-zinc-400" /> : null}
                  <Select
                    compact
                    className="min-w-48"
                    value={value}
                    disabled={!canManage || savingId === inbox.id}
                    onChange={(event) => void change(inbox, event.target.value)}
                    aria-label={`${title}: ${inbox.name}`}
                  >
                    <option value="">{noneLabel}</option>
                    {known ? null : <option value={value}>Unknown ({value})</option>}
                    {options.map((option) => (
                      <option key={option.id} value={option.id}>
                        {option.name}
                      </option>
                    ))}
                  </Select>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

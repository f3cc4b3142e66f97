"use client";
import { useState } from "react";
import type { Workspace } from "@/components/api-types";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { PlusIcon, TrashIcon } from "@/components/ui/icons";
import { LoadingBlock } from "@/components/ui/spinner";
import { api } from "@/lib/api-client";
import { PageHeader } from "../page-header";
import { useSession } from "../session-context";
import { summarizeWeek } from "./hours-fields";
import { ClockIcon } from "./icons";
import { InboxAssignment, type InboxRouting } from "./inbox-assignment";
import { ScheduleEditor } from "./schedule-editor";
import type { Schedule, ScheduleList } from "./types";

export function HoursPage() {
  const { canManage } = useSession();
  const schedules = useApi<ScheduleList>("/api/business-hours");
  const inboxes = useApi<InboxRouting[]>(canManage ? "/api/inboxes" : null);
  const workspace = useApi<Workspace>(canManage ? "/api/workspace" : null);
  const [editing, setEditing] = useState<Schedule | "new" | null>(null);
  const [deleting, setDeleting] = useState<Schedule | null>(null);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; message: string } | null>(null);
  const list = schedules.data?.businessHours;

  const open = (target: Schedule | "new") => {
    setNotice(null);
    setEditing(target);
  };

  return (
    <>
      <PageHeader
        title="Business hours"
        description="When your team answers. Outside them, visitors are not left waiting for an agent who is not there."
        actions={
          canManage && editing === null ? (
            <Button icon={<PlusIcon />} onClick={() => open("new")}>
              New schedule
            </Button>
          ) : null
        }
      />
      <div className="space-y-6">
        {canManage ? null : (
          <Alert tone="info" title="Only owners and admins can change business hours">
            You can see when each schedule is open.
          </Alert>
        )}
        {notice ? <Alert tone={notice.tone}>{notice.message}</Alert> : null}
        {editing !== null ? (
          <ScheduleEditor
            key={editing === "new" ? "new" : editing.id}
            schedule={editing === "new" ? null : editing}
            defaultTimezone={workspace.data?.settings?.timezone ?? "UTC"}
            onCancel={() => setEditing(null)}
            onSaved={(saved, created) => {
              setEditing(null);
              setNotice({ tone: "success", message: `${created ? "Added" : "Saved"} “${saved.name}”.${created ? " Choose below which inboxes follow it." : ""}` });
              schedules.setData((current) => ({
                businessHours: created ? [...(current?.businessHours ?? []), saved] : (current?.businessHours ?? []).map((item) => (item.id === saved.id ? saved : item)),
              }));
            }}
          />
        ) : null}
        {schedules.error ? <Alert tone="error">{schedules.error.message}</Alert> : null}
        {!list ? (
          schedules.loading ? <LoadingBlock label="Loading schedules…" /> : null
        ) : list.length === 0 ? (
          editing === null ? (
            <Card>
              <EmptyState
                icon={<ClockIcon className="size-5" />}
                title="No schedules: every inbox is always open"
                description="Add a schedule with your opening hours and holidays, then choose which inboxes follow it."
                action={
                  canManage ? (
                    <Button icon={<PlusIcon />} onClick={() => open("new")}>
                      Add a schedule
                    </Button>
                  ) : null
                }
              />
            </Card>
          ) : null
        ) : (
          <Card aria-label="Schedules">
            <ul className="divide-y divide-zinc-100" data-testid="schedules">
              {list.map((schedule) => (
                <li key={schedule.id} className="flex items-start gap-4 px-5 py-4" data-testid="schedule">
                  <div className="min-w-0 flex-1 space-y-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <h2 className="text-sm font-medium text-zinc-900">{schedule.name}</h2>
                      <Badge>{schedule.timezone.replaceAll("_", " ")}</Badge>
                      {schedule.holidays.length > 0 ? <Badge tone="amber">{schedule.holidays.length === 1 ? "1 holiday" : `${schedule.holidays.length} holidays`}</Badge> : null}
                    </div>
                    <p className="text-sm text-zinc-700">{summarizeWeek(schedule.weekly)}</p>
                    <p className="text-sm text-zinc-500">
                      {schedule.inboxes.length === 0 ? "Not used by any inbox yet." : `Used by ${schedule.inboxes.map((inbox) => inbox.name).join(", ")}.`}
                    </p>
                  </div>
                  {canManage ? (
                    <div className="flex shrink-0 items-start gap-1">
                      <Button variant="ghost" size="sm" onClick={() => open(schedule)} aria-label={`Edit ${schedule.name}`}>
                        Edit
                      </Button>
                      <Button variant="ghost" size="sm" onClick={() => setDeleting(schedule)} aria-label={`Delete ${schedule.name}`} icon={<TrashIcon />} />
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          </Card>
        )}
        {canManage && list && list.length > 0 ? (
          <InboxAssignment
            title="Hours per inbox"
            description="An inbox without a schedule is always open."
            field="businessHoursId"
            inboxes={inboxes}
            options={list}
            noneLabel="Always open"
            canManage={canManage}
            onSaved={schedules.reload}
          />
        ) : null}
      </div>
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete “${deleting?.name ?? "schedule"}”?`}
        description={
          deleting && deleting.inboxes.length > 0
            ? `${deleting.inboxes.map((inbox) => inbox.name).join(", ")} will be always open from now on.`
            : "No inbox uses it. This cannot be undone."
        }
        confirmLabel="Delete schedule"
        onConfirm={async () => {
          if (!deleting) return;
          await api.delete(`/api/business-hours/${encodeURIComponent(deleting.id)}`);
          setNotice({ tone: "success", message: `Deleted “${deleting.name}”.` });
          schedules.setData((current) => current && { businessHours: current.businessHours.filter((item) => item.id !== deleting.id) });
          inboxes.reload();
        }}
      />
    </>
  );
}

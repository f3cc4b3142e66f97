"use client";
import type { Workspace } from "@/components/api-types";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { LoadingBlock } from "@/components/ui/spinner";
import { ChecklistSetting } from "../onboarding/checklist-setting";
import { PageHeader } from "../page-header";
import { useSession } from "../session-context";
import { AuditLog } from "./audit-log";
import { SettingsForm } from "./settings-form";

export function SettingsPage() {
  const { canManage, reloadMe } = useSession();
  const workspace = useApi<Workspace>("/api/workspace");

  return (
    <>
      <PageHeader title="Settings" description="Your workspace, your bot, and how conversations reach a human." />
      <div className="space-y-6">
        {canManage ? null : (
          <Alert tone="info" title="Only owners and admins can change settings">
            You can see how this workspace is set up. Ask an owner or admin if something should change.
          </Alert>
        )}
        {workspace.error ? <Alert tone="error">{workspace.error.message}</Alert> : null}
        {workspace.data ? (
          <SettingsForm
            workspace={workspace.data}
            readOnly={!canManage}
            onSaved={(saved) => {
              const renamed = saved.name !== workspace.data?.name;
              workspace.setData(() => saved);
              if (renamed) reloadMe();
            }}
          />
        ) : workspace.loading ? (
          <LoadingBlock />
        ) : null}
        {canManage ? <ChecklistSetting /> : null}
        {canManage ? <AuditLog /> : null}
      </div>
    </>
  );
}

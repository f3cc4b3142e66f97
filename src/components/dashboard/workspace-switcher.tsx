"use client";
import { useState } from "react";
import { roleLabel } from "@/components/format";
import { Alert } from "@/components/ui/alert";
import { CheckIcon, ChevronUpDownIcon, PlusIcon } from "@/components/ui/icons";
import { Menu, MenuItem, MenuLabel, MenuSeparator } from "@/components/ui/menu";
import { api, errorMessage } from "@/lib/api-client";
import { CreateWorkspaceDialog } from "./create-workspace-dialog";
import { useSession } from "./session-context";

function WorkspaceAvatar({ name }: { name: string }) {
  return (
    <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-lg bg-brand-100 text-sm font-semibold text-brand-700">
      {name.trim().charAt(0).toUpperCase() || "?"}
    </span>
  );
}

export function WorkspaceSwitcher() {
  const { me, workspace, reloadMe } = useSession();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const switchTo = async (organizationId: string) => {
    if (organizationId === workspace.id) return;
    setError(null);
    try {
      await api.post("/api/workspaces/switch", { organizationId });
      reloadMe();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <div className="space-y-2">
      <Menu
        testId="workspace-switcher"
        buttonLabel={`Workspace: ${workspace.name}. Switch workspace`}
        buttonClassName="flex w-full items-center gap-2.5 rounded-lg p-1.5 text-left hover:bg-zinc-100 aria-expanded:bg-zinc-100"
        menuClassName="w-64"
        button={
          <>
            <WorkspaceAvatar name={workspace.name} />
            <span className="min-w-0 flex-1">
              <span className="block truncate text-sm font-semibold text-zinc-900" data-testid="active-workspace-name">
                {workspace.name}
              </span>
              <span className="block text-xs text-zinc-500">{roleLabel(workspace.role)}</span>
            </span>
            <ChevronUpDownIcon className="size-4 text-zinc-400" />
          </>
        }
      >
        <MenuLabel>Workspaces</MenuLabel>
        {me.workspaces.map((item) => (
          <MenuItem key={item.id} checked={item.id === workspace.id} onSelect={() => void switchTo(item.id)}>
            <span className="flex items-center gap-2">
              <span className="min-w-0 flex-1 truncate">{item.name}</span>
              {item.id === workspace.id ? <CheckIcon className="size-4 text-brand-600" /> : <span className="text-xs text-zinc-400">{roleLabel(item.role)}</span>}
            </span>
          </MenuItem>
        ))}
        <MenuSeparator />
        <MenuItem icon={<PlusIcon />} onSelect={() => setCreating(true)}>
          Create workspace
        </MenuItem>
      </Menu>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <CreateWorkspaceDialog open={creating} onClose={() => setCreating(false)} onCreated={reloadMe} />
    </div>
  );
}

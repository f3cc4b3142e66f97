"use client";
import { initials } from "@/components/format";
import { Alert } from "@/components/ui/alert";
import { ChevronUpDownIcon, LogOutIcon } from "@/components/ui/icons";
import { Menu, MenuItem, MenuLabel } from "@/components/ui/menu";
import { useSession } from "./session-context";
import { useSignOut } from "./use-sign-out";

export function UserMenu() {
  const { me } = useSession();
  const { signOut, error } = useSignOut();

  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Menu
        testId="user-menu"
        placement="above"
        buttonLabel={`Account: ${me.user.name}`}
        buttonClassName="flex w-full items-center gap-2.5 rounded-lg p-1.5 text-left hover:bg-zinc-100 aria-expanded:bg-zinc-100"
        menuClassName="w-full"
        button={
          <>
            <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-zinc-800 text-xs font-semibold text-white">
              {initials(me.user.name)}
            </span>
            <span className="min-w-0 flex-1">
              <span className="block truncate text-sm font-medium text-zinc-900">{me.user.name}</span>
              <span className="block truncate text-xs text-zinc-500">{me.user.email}</span>
            </span>
            <ChevronUpDownIcon className="size-4 text-zinc-400" />
          </>
        }
      >
        <MenuLabel>Signed in as {me.user.email}</MenuLabel>
        <MenuItem icon={<LogOutIcon />} onSelect={() => void signOut()}>
          Sign out
        </MenuItem>
      </Menu>
    </div>
  );
}

"use client";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import type { Me } from "@/components/api-types";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { BatonLogo, MenuIcon, XIcon } from "@/components/ui/icons";
import { LoadingBlock } from "@/components/ui/spinner";
import { canManageWorkspace } from "@/lib/roles";
import { DashboardNav } from "./nav";
import { NoWorkspace } from "./no-workspace";
import { SessionContext, type DashboardSession } from "./session-context";
import { UserMenu } from "./user-menu";
import { WorkspaceSwitcher } from "./workspace-switcher";

function FullPage({ children }: { children: ReactNode }) {
  return <div className="flex min-h-dvh items-center justify-center p-6">{children}</div>;
}

/** The signed-in frame: loads /api/me, sends signed-out visitors to sign in, and holds the sidebar. */
export function DashboardLayout({ children }: { children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const me = useApi<Me>("/api/me");
  const [menuOpen, setMenuOpen] = useState(false);
  const signedOut = me.error?.status === 401;

  useEffect(() => {
    if (signedOut) router.replace(`/sign-in?next=${encodeURIComponent(pathname)}`);
  }, [signedOut, router, pathname]);

  // Close the mobile menu after navigating.
  useEffect(() => setMenuOpen(false), [pathname]);

  const session = useMemo<DashboardSession | null>(() => {
    const data = me.data;
    const workspace = data?.workspaces.find((item) => item.id === data.activeWorkspaceId);
    if (!data || !workspace) return null;
    return { me: data, workspace, role: workspace.role, canManage: canManageWorkspace(workspace.role), reloadMe: me.reload };
  }, [me.data, me.reload]);

  if (!me.data) {
    if (me.error && !signedOut) {
      return (
        <FullPage>
          <div className="w-full max-w-sm space-y-4">
            <Alert tone="error" title="Could not load your account">
              {me.error.message}
            </Alert>
            <Button variant="secondary" onClick={me.reload}>
              Try again
            </Button>
          </div>
        </FullPage>
      );
    }
    return (
      <FullPage>
        <LoadingBlock label={signedOut ? "Redirecting to sign in…" : "Loading your workspace…"} />
      </FullPage>
    );
  }

  if (!session) return <NoWorkspace me={me.data} onCreated={me.reload} />;

  return (
    <SessionContext.Provider value={session}>
      <div className="min-h-dvh lg:pl-64">
        {/* Small screens: a top bar; the sidebar slides over the page. */}
        <div className="sticky top-0 z-20 flex items-center gap-3 border-b border-zinc-200 bg-white/90 px-4 py-3 backdrop-blur lg:hidden">
          <button
            type="button"
            onClick={() => setMenuOpen((open) => !open)}
            aria-expanded={menuOpen}
            aria-controls="dashboard-sidebar"
            aria-label={menuOpen ? "Close menu" : "Open menu"}
            className="-m-1 rounded-md p-1 text-zinc-600 hover:bg-zinc-100"
          >
            {menuOpen ? <XIcon className="size-5" /> : <MenuIcon className="size-5" />}
          </button>
          <span className="truncate text-sm font-semibold">{session.workspace.name}</span>
        </div>
        {menuOpen ? <div className="fixed inset-0 z-30 bg-zinc-900/30 lg:hidden" onClick={() => setMenuOpen(false)} aria-hidden="true" /> : null}
        <aside
          id="dashboard-sidebar"
          className={cx(
            "fixed inset-y-0 left-0 z-40 flex w-64 flex-col gap-6 border-r border-zinc-200 bg-white px-3 py-4 transition-transform lg:translate-x-0",
            menuOpen ? "translate-x-0 shadow-xl" : "-translate-x-full",
          )}
        >
          <Link href="/dashboard" className="flex items-center gap-2 px-2 pt-1" aria-label="Baton dashboard">
            <BatonLogo />
            <span className="text-base font-semibold tracking-tight">Baton</span>
          </Link>
          <WorkspaceSwitcher />
          <div className="flex-1 overflow-y-auto">
            <DashboardNav />
          </div>
          <UserMenu />
        </aside>
        <main className="mx-auto max-w-5xl px-4 py-8 sm:px-8 lg:py-10">
          {/* Keyed by workspace: after a switch every page mounts again and loads the new workspace. */}
          <div key={session.workspace.id}>{children}</div>
        </main>
      </div>
    </SessionContext.Provider>
  );
}

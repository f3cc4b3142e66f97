"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import type { Member, Workspace } from "@/components/api-types";
import { roleLabel } from "@/components/format";
import { useApi } from "@/components/use-api";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { ArrowRightIcon, CheckIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/spinner";
import { OnboardingChecklist } from "./onboarding/onboarding-checklist";
import { PageHeader } from "./page-header";
import { useSession } from "./session-context";

const ROLE_SUMMARY = {
  owner: "You can manage members, settings and API keys, and decide who owns the workspace.",
  admin: "You can manage members, settings and API keys.",
  agent: "You answer conversations handed over by the bot.",
} as const;

function Stat({ label, value, children }: { label: string; value: ReactNode; children?: ReactNode }) {
  return (
    <Card className="p-5">
      <p className="text-sm text-zinc-500">{label}</p>
      <div className="mt-1 text-2xl font-semibold tracking-tight text-zinc-900">{value}</div>
      {children ? <div className="mt-2 text-sm text-zinc-500">{children}</div> : null}
    </Card>
  );
}

function Step({ step, done, title, description, href, action }: { step: number; done: boolean | null; title: string; description: string; href: string; action: string }) {
  return (
    <li className="flex items-start gap-4 px-5 py-4">
      <span
        aria-hidden="true"
        className={cx(
          "mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full ring-1",
          done ? "bg-emerald-500 text-white ring-emerald-500" : "bg-white text-xs font-medium text-zinc-500 ring-zinc-300",
        )}
      >
        {done ? <CheckIcon className="size-3.5" /> : step}
      </span>
      <div className="min-w-0 flex-1">
        <p className={cx("text-sm font-medium", done ? "text-zinc-500" : "text-zinc-900")}>
          {title}
          {done ? <span className="sr-only"> (done)</span> : null}
        </p>
        <p className="text-sm text-zinc-500">{description}</p>
      </div>
      <Link href={href} className="inline-flex shrink-0 items-center gap-1 text-sm font-medium text-brand-600 hover:text-brand-700">
        {action}
        <ArrowRightIcon className="size-3.5" />
      </Link>
    </li>
  );
}

export function OverviewPage() {
  const { workspace, role, canManage } = useSession();
  const members = useApi<Member[]>("/api/workspace/members");
  const details = useApi<Workspace>("/api/workspace");
  const memberCount = members.data?.length;
  const error = members.error ?? details.error;

  return (
    <>
      <PageHeader title={workspace.name} description={<span>Workspace overview</span>} />
      {error ? <Alert tone="error" className="mb-6">{error.message}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Stat label="Members" value={memberCount ?? <Spinner />}>
          <Link href="/dashboard/members" className="font-medium text-brand-600 hover:text-brand-700">
            {canManage ? "Manage members" : "See members"}
          </Link>
        </Stat>
        <Stat label="Your role" value={roleLabel(role)}>
          {ROLE_SUMMARY[role]}
        </Stat>
        <Stat label="Bot name" value={<span className="block truncate text-lg">{details.data?.settings?.botName ?? (details.loading ? <Spinner /> : "—")}</span>}>
          {details.data?.settings ? `Time zone ${details.data.settings.timezone}` : null}
        </Stat>
      </div>

      {/* Owners and admins get the setup checklist (onboarding/); agents a short orientation. */}
      {canManage ? (
        <OnboardingChecklist />
      ) : (
        <Card className="mt-8" aria-labelledby="getting-started">
          <CardHeader id="getting-started" title="Getting started" description="Find your way around your team's workspace." />
          <ol className="divide-y divide-zinc-100">
            <Step step={1} done={null} title="Meet your team" description="See who else works in this workspace and who manages it." href="/dashboard/members" action="See members" />
            <Step step={2} done={null} title="Check how the bot hands over" description="The confidence threshold and escalation timeouts decide when a conversation comes to you." href="/dashboard/settings" action="View settings" />
          </ol>
        </Card>
      )}
    </>
  );
}

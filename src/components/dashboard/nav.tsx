"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";
import { HomeIcon, KeyIcon, SettingsIcon, UsersIcon } from "@/components/ui/icons";
import { InboxIcon } from "@/components/inbox/icons";
import { QuickReplyIcon } from "./canned-responses/icons";
import { ChartIcon } from "./analytics/icons";
import { AuditIcon } from "./audit/icons";
import { ClockIcon } from "./hours/icons";
import { BookIcon } from "./knowledge/icons";
import { RouteIcon } from "./routing/icons";
import { SlackIcon } from "./slack/icons";
import { useSession } from "./session-context";
import { TeamIcon } from "./teams/icons";
import { HandoffIcon } from "./triggers/icons";
import { WebhookIcon } from "./webhooks/icons";
import { ChatIcon } from "./widget/icons";
import { PhoneChatIcon } from "./whatsapp/icons";

const ITEMS = [
  { href: "/dashboard/inbox", label: "Inbox", icon: InboxIcon, managersOnly: false },
  { href: "/dashboard", label: "Overview", icon: HomeIcon, managersOnly: false },
  { href: "/dashboard/analytics", label: "Analytics", icon: ChartIcon, managersOnly: true },
  { href: "/dashboard/knowledge", label: "Knowledge base", icon: BookIcon, managersOnly: false },
  { href: "/dashboard/triggers", label: "Handoff rules", icon: HandoffIcon, managersOnly: false },
  { href: "/dashboard/teams", label: "Teams", icon: TeamIcon, managersOnly: false },
  { href: "/dashboard/routing", label: "Routing", icon: RouteIcon, managersOnly: false },
  { href: "/dashboard/hours", label: "Business hours", icon: ClockIcon, managersOnly: false },
  { href: "/dashboard/canned-responses", label: "Canned responses", icon: QuickReplyIcon, managersOnly: false },
  { href: "/dashboard/widget", label: "Chat widget", icon: ChatIcon, managersOnly: true },
  { href: "/dashboard/slack", label: "Slack", icon: SlackIcon, managersOnly: true },
  { href: "/dashboard/whatsapp", label: "WhatsApp", icon: PhoneChatIcon, managersOnly: false },
  { href: "/dashboard/members", label: "Members", icon: UsersIcon, managersOnly: false },
  { href: "/dashboard/settings", label: "Settings", icon: SettingsIcon, managersOnly: false },
  { href: "/dashboard/api-keys", label: "API keys", icon: KeyIcon, managersOnly: true },
  { href: "/dashboard/webhooks", label: "Webhooks", icon: WebhookIcon, managersOnly: true },
  { href: "/dashboard/audit", label: "Audit log", icon: AuditIcon, managersOnly: true },
] as const;

export function DashboardNav() {
  const pathname = usePathname();
  const { canManage } = useSession();
  return (
    <nav aria-label="Dashboard">
      <ul className="space-y-0.5">
        {ITEMS.filter((item) => canManage || !item.managersOnly).map(({ href, label, icon: Icon }) => {
          const active = href === "/dashboard" ? pathname === href : pathname.startsWith(href);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cx(
                  "flex items-center gap-2.5 rounded-lg px-2.5 py-2 text-sm font-medium transition-colors",
                  active ? "bg-brand-50 text-brand-700" : "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900",
                )}
              >
                <Icon className={cx("size-4", active ? "text-brand-600" : "text-zinc-400")} />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

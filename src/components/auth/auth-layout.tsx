import Link from "next/link";
import type { ReactNode } from "react";
import { BatonLogo } from "@/components/ui/icons";

/** The frame around sign-in, sign-up, password reset and invitations: logo, one centred card. */
export function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-gradient-to-b from-brand-50/70 via-zinc-50 to-zinc-50">
      <main className="flex flex-1 flex-col items-center justify-center px-4 py-12">
        <Link href="/" className="mb-8 flex items-center gap-2.5 rounded-lg" aria-label="Baton home">
          <BatonLogo className="size-9" />
          <span className="text-xl font-semibold tracking-tight text-zinc-900">Baton</span>
        </Link>
        <div className="w-full max-w-sm">{children}</div>
      </main>
      <footer className="pb-6 text-center text-xs text-zinc-400">AI answers, human handoff. Self-hosted.</footer>
    </div>
  );
}

/** The card each auth page puts in the frame: a heading, an optional line under it, the form. */
export function AuthCard({ title, subtitle, children, footer }: { title: ReactNode; subtitle?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <>
      <div className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-zinc-200 sm:p-8">
        <div className="mb-6 space-y-1.5">
          <h1 className="text-xl font-semibold tracking-tight text-zinc-900">{title}</h1>
          {subtitle ? <p className="text-sm text-zinc-500">{subtitle}</p> : null}
        </div>
        {children}
      </div>
      {footer ? <p className="mt-6 text-center text-sm text-zinc-500">{footer}</p> : null}
    </>
  );
}

export function TextLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="font-medium text-brand-600 hover:text-brand-700 hover:underline">
      {children}
    </Link>
  );
}

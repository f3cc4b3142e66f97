import type { ReactNode } from "react";
import { cx } from "./cx";

export function Card({ className, children, ...rest }: { className?: string; children: ReactNode } & React.ComponentProps<"section">) {
  return (
    <section className={cx("rounded-xl bg-white shadow-sm ring-1 ring-zinc-200", className)} {...rest}>
      {children}
    </section>
  );
}

export function CardHeader({ title, description, actions, id }: { title: ReactNode; description?: ReactNode; actions?: ReactNode; id?: string }) {
  return (
    <header className="flex flex-wrap items-start justify-between gap-3 border-b border-zinc-100 px-5 py-4">
      <div className="min-w-0 space-y-0.5">
        <h2 id={id} className="text-base font-semibold text-zinc-900">
          {title}
        </h2>
        {description ? <p className="text-sm text-zinc-500">{description}</p> : null}
      </div>
      {actions ? <div className="flex items-center gap-2">{actions}</div> : null}
    </header>
  );
}

export function CardBody({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={cx("px-5 py-4", className)}>{children}</div>;
}

export function CardFooter({ className, children }: { className?: string; children: ReactNode }) {
  return <footer className={cx("flex items-center justify-end gap-3 rounded-b-xl border-t border-zinc-100 bg-zinc-50/60 px-5 py-3", className)}>{children}</footer>;
}

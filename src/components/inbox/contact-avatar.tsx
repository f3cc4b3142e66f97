import { initials } from "@/components/format";
import { cx } from "@/components/ui/cx";

/** Initials in a circle, with a green dot while the visitor is on the site. */
export function ContactAvatar({ name, online, size = "md" }: { name: string; online?: boolean; size?: "sm" | "md" | "lg" }) {
  return (
    <span
      aria-hidden="true"
      className={cx(
        "relative inline-flex shrink-0 items-center justify-center rounded-full bg-zinc-100 font-medium text-zinc-600 ring-1 ring-zinc-200",
        size === "sm" && "size-7 text-[11px]",
        size === "md" && "size-9 text-xs",
        size === "lg" && "size-11 text-sm",
      )}
    >
      {initials(name)}
      {online ? <span className="absolute -right-0.5 -bottom-0.5 size-2.5 rounded-full bg-emerald-500 ring-2 ring-white" /> : null}
    </span>
  );
}

import { CopyButton } from "@/components/ui/copy-button";

/** Code to paste somewhere else, with a copy button; long lines scroll rather than wrap. */
export function CodeBlock({ code, label, testId }: { code: string; label: string; testId?: string }) {
  return (
    <div className="overflow-hidden rounded-lg bg-zinc-900 ring-1 ring-zinc-900">
      <div className="flex items-center justify-between gap-3 border-b border-white/10 py-1.5 pr-1.5 pl-3">
        <span className="text-xs font-medium text-zinc-400">{label}</span>
        <CopyButton text={code} label="Copy" />
      </div>
      <pre className="overflow-x-auto p-3 text-xs leading-5 text-zinc-100" tabIndex={0} aria-label={label}>
        <code data-testid={testId}>{code}</code>
      </pre>
    </div>
  );
}

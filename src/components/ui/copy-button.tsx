"use client";
import { useEffect, useId, useState } from "react";
import { Button } from "./button";
import { cx } from "./cx";
import { CheckIcon, CopyIcon } from "./icons";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (or an insecure origin): fall back to a hidden selection.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

export function CopyButton({ text, label = "Copy", size = "sm" }: { text: string; label?: string; size?: "sm" | "md" }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  return (
    <Button variant="secondary" size={size} icon={copied ? <CheckIcon className="size-4 text-emerald-600" /> : <CopyIcon />} onClick={() => void copyText(text).then(setCopied)}>
      <span aria-live="polite">{copied ? "Copied" : label}</span>
    </Button>
  );
}

/** A read-only value (a link, a key) with a copy button next to it. */
export function CopyField({ value, label, className, testId }: { value: string; label: string; className?: string; testId?: string }) {
  const id = useId();
  return (
    <div className={cx("flex items-center gap-2", className)}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        readOnly
        value={value}
        data-testid={testId}
        onFocus={(event) => event.currentTarget.select()}
        className="h-8 min-w-0 flex-1 rounded-lg border-0 bg-zinc-50 px-2.5 font-mono text-xs text-zinc-800 ring-1 ring-inset ring-zinc-200 focus:ring-2 focus:ring-brand-500 focus:outline-none"
      />
      <CopyButton text={value} />
    </div>
  );
}
